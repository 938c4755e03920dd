package com.salesculture.domain.model.survey;

import com.salesculture.domain.model.customer.CustomerLanguage;
import java.time.Instant;

/** A personal link to mail: a first invitation or a reminder, with what the mail says. */
public record InvitationMail(long invitationId, boolean reminder, String email, String customerName,
                             CustomerLanguage language, String salespersonName, Instant closesAt) {
}
