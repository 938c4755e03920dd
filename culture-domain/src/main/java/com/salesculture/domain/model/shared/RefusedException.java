package com.salesculture.domain.model.shared;

/** An outcome a person is told about in their language; its own message is English, for logs. */
public abstract class RefusedException extends RuntimeException {

    private final transient Message text;

    protected RefusedException(Message text) {
        super(text.toString());
        this.text = text;
    }

    public Message text() {
        return text;
    }
}
