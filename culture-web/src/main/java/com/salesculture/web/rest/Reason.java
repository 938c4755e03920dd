package com.salesculture.web.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of an action that only needs to say why (it goes into the decision log). */
@Schema(description = "Why; recorded in the decision log", example = "{\"reason\": \"Agreed in the leadership meeting of 3 March\"}")
public record Reason(String reason) {
}
