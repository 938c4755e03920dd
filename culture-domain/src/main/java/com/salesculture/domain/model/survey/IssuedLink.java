package com.salesculture.domain.model.survey;

/** A link handed to mail: the invitation, which kind, and the hash of its token. */
public record IssuedLink(long invitationId, boolean reminder, String tokenHash) {
}
