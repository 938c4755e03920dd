package com.salesculture.domain.model.salesforce;

import static com.salesculture.domain.model.shared.Validation.stripped;

import com.salesculture.domain.model.shared.FieldError;
import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.domain.model.shared.ImportRow;
import com.salesculture.domain.model.shared.UniqueEmails;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks salespeople before any is stored: each input on its own (name, email, team, manager,
 * status) and against the others and the ones already stored (one salesperson per email). All or
 * nothing: every broken rule of every row is reported, with its line.
 */
public final class SalesForceRules {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_ROWS = 10_000;

    private final Map<String, SalesTeam> teamsByKey;
    private final Set<String> salesLeaders;
    private final Set<String> storedEmailKeys;

    /**
     * @param teamsByKey      every team, by {@link SalesTeam#key(String)}
     * @param salesLeaders    usernames of the sales leaders (who may manage salespeople)
     * @param storedEmailKeys {@link Salesperson#key(String)} of every stored salesperson
     */
    public SalesForceRules(Map<String, SalesTeam> teamsByKey, Set<String> salesLeaders, Set<String> storedEmailKeys) {
        this.teamsByKey = teamsByKey;
        this.salesLeaders = salesLeaders;
        this.storedEmailKeys = storedEmailKeys;
    }

    /**
     * The salespeople the inputs describe, ready to store.
     *
     * @throws InvalidInputException with every broken rule (field {@code rows[line].name} for a row,
     *                               {@code name} for a single entry), if any
     */
    public List<Salesperson> check(List<SalespersonInput> inputs) {
        return check(inputs, SalespersonStatus.ACTIVE);
    }

    /**
     * @param status the only status an input may name: a new salesperson is active; a change keeps the
     *               current one. Status follows the processes (exit cases, recovery plans, a rehire by HR).
     */
    private List<Salesperson> check(List<SalespersonInput> inputs, SalespersonStatus status) {
        if (inputs.size() > MAX_ROWS) {
            throw new InvalidInputException(null, "import.tooMany", MAX_ROWS);
        }
        List<FieldError> errors = new ArrayList<>();
        List<Salesperson> salespeople = new ArrayList<>();
        UniqueEmails emails = new UniqueEmails(storedEmailKeys, "salesperson.email.taken");
        for (SalespersonInput input : inputs) {
            int before = errors.size();
            ImportRow row = new ImportRow(input.line(), errors);
            String name = row.required("name", input.name(), "salesperson.name.required");
            if (name != null && name.length() > MAX_NAME_LENGTH) {
                row.error("name", "salesperson.name.tooLong", MAX_NAME_LENGTH);
            }
            String email = row.required("email", input.email(), "salesperson.email.required");
            if (email != null) {
                emails.check(row, "email", email);
            }
            String teamName = row.required("team", input.team(), "salesperson.team.required");
            SalesTeam team = teamName == null ? null : teamsByKey.get(SalesTeam.key(teamName));
            if (teamName != null && team == null) {
                row.error("team", "salesperson.team.unknown", teamName, String.join(", ",
                        teamsByKey.values().stream().map(SalesTeam::name).sorted().toList()));
            }
            String manager = stripped(input.manager());
            if (manager != null && !salesLeaders.contains(manager)) {
                row.error("manager", "salesperson.manager.unknown", manager);
            }
            String statusText = stripped(input.status());
            SalespersonStatus named = statusText == null ? status : SalespersonStatus.parse(statusText).orElse(null);
            if (named == null) {
                row.error("status", "salesperson.status.invalid", statusText);
            } else if (named != status) {
                row.error("status", "salesperson.status.byProcess", statusText);
            }
            String account = stripped(input.account());
            if (account != null && !account.matches("(?i)yes|no|true|false|ja|nein")) {
                row.error("account", "salesperson.account.invalid", account);
            }
            String language = stripped(input.language());
            if (language != null && !language.matches("(?i)en|de")) {
                row.error("language", "salesperson.language.invalid", language);
            }
            BigDecimal targetPay = null;
            String pay = stripped(input.targetVariablePay());
            if (pay != null) {
                try {
                    targetPay = new BigDecimal(pay);
                } catch (NumberFormatException e) {
                    targetPay = null;
                }
                if (targetPay == null || targetPay.signum() < 0 || targetPay.scale() > 2 || targetPay.precision() - targetPay.scale() > 10) {
                    row.error("targetVariablePay", "salesperson.targetVariablePay.invalid", pay);
                }
            }
            if (errors.size() == before) {
                salespeople.add(new Salesperson(name, email, team, manager == null ? team.leader() : manager, status,
                        targetPay));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return salespeople;
    }

    /**
     * Changes a stored salesperson to the input's details, checked like a single entry; their own
     * email is not a duplicate of themselves, and the status, if named, must be the one they have.
     *
     * @throws InvalidInputException naming each broken rule; nothing changes
     */
    public void checkChange(Salesperson current, SalespersonInput input) {
        Set<String> others = new HashSet<>(storedEmailKeys);
        others.remove(Salesperson.key(current.email()));
        current.takeOver(new SalesForceRules(teamsByKey, salesLeaders, others)
                .check(List.of(input), current.status()).get(0));
    }
}
