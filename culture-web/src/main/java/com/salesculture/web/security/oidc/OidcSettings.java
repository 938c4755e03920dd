package com.salesculture.web.security.oidc;

import com.salesculture.domain.model.people.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sign-in through an OpenID provider (single sign-on), configured by system properties:
 * <ul>
 * <li>{@code culture.oidc.issuer}: the provider's issuer URL; absent or empty, single sign-on is off;</li>
 * <li>{@code culture.oidc.client-id}, {@code culture.oidc.client-secret}: this application at the provider;</li>
 * <li>{@code culture.oidc.roles-claim}: the claim with the person's groups (default {@code groups}); a dotted
 * path reaches into objects, e.g. {@code realm_access.roles};</li>
 * <li>{@code culture.oidc.username-claim}: default {@code preferred_username}, else {@code sub} is used;</li>
 * <li>{@code culture.oidc.role-map}: which of the provider's groups grant which of our roles, e.g.
 * {@code sales-leaders=sales-leader,hr-team=hr,execs=executive;admin}. Groups not named grant nothing.</li>
 * </ul>
 * A wrong setting fails at start with a message naming it, not at someone's first sign-in.
 */
public record OidcSettings(String issuer, String clientId, String clientSecret, String rolesClaim,
                           String usernameClaim, Map<String, Set<Role>> roleMap) {

    private static final String PREFIX = "culture.oidc.";

    public OidcSettings {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "groups" : rolesClaim.strip();
        usernameClaim = usernameClaim == null || usernameClaim.isBlank() ? "preferred_username" : usernameClaim.strip();
        roleMap = roleMap == null ? Map.of() : roleMap.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
    }

    public static Optional<OidcSettings> fromSystemProperties() {
        return from(System::getProperty);
    }

    /** The settings from the {@code culture.oidc.*} properties; empty when no issuer is set (single sign-on off). */
    public static Optional<OidcSettings> from(Function<String, String> property) {
        String issuer = value(property, "issuer");
        if (issuer == null) {
            return Optional.empty();
        }
        return Optional.of(new OidcSettings(issuer, required(property, "client-id"), required(property, "client-secret"),
                value(property, "roles-claim"), value(property, "username-claim"),
                roleMap(Objects.requireNonNullElse(value(property, "role-map"), ""))));
    }

    /** Parses {@code providerValue=role[;role…],…}; an unknown role of ours is an error, not silently no role. */
    static Map<String, Set<Role>> roleMap(String text) {
        Map<String, Set<Role>> map = new LinkedHashMap<>();
        for (String entry : text.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            String providerValue = equals < 0 ? "" : entry.substring(0, equals).strip();
            if (providerValue.isEmpty()) {
                throw new IllegalArgumentException(PREFIX + "role-map: \"" + entry.strip()
                        + "\" is not of the form providerValue=role[;role…]");
            }
            Set<Role> roles = map.computeIfAbsent(providerValue, v -> EnumSet.noneOf(Role.class));
            for (String name : entry.substring(equals + 1).split(";")) {
                if (!name.isBlank()) {
                    roles.add(Role.ofGroup(name.strip()).orElseThrow(() -> new IllegalArgumentException(PREFIX
                            + "role-map: unknown role \"" + name.strip() + "\" for \"" + providerValue + "\"; known roles: "
                            + Arrays.stream(Role.values()).map(Role::groupName).collect(Collectors.joining(", ")))));
                }
            }
        }
        return map;
    }

    private static String value(Function<String, String> property, String name) {
        String value = property.apply(PREFIX + name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String required(Function<String, String> property, String name) {
        String value = value(property, name);
        if (value == null) {
            throw new IllegalArgumentException(PREFIX + name + " is required when " + PREFIX + "issuer is set");
        }
        return value;
    }

    /** Without the client secret: settings get logged. */
    @Override
    public String toString() {
        return "OidcSettings[issuer=" + issuer + ", clientId=" + clientId + ", rolesClaim=" + rolesClaim
                + ", usernameClaim=" + usernameClaim + ", roleMap=" + roleMap + "]";
    }
}
