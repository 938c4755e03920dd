package com.salesculture.workflow.process.paths.doubles;

import java.util.ArrayList;
import java.util.List;

/** A stand-in for a bean the models call: it remembers, in order, what the process asked of it. */
public abstract class RecordingDouble {

    private final List<String> calls = new ArrayList<>();

    protected void record(String call) {
        calls.add(call);
    }

    public List<String> calls() {
        return List.copyOf(calls);
    }
}
