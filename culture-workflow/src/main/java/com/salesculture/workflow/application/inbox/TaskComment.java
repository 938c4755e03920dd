package com.salesculture.workflow.application.inbox;

import java.io.Serializable;
import java.time.Instant;

/** A remark on a task, kept by the engine with its author and time. */
public record TaskComment(String id, String author, String authorName, Instant time, String text) implements Serializable {

    public static final int MAX_LENGTH = 2000;
}
