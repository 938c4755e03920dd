package com.salesculture.workflow.application.programme;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A programme's values charter as pages and the API show it, with who acknowledged which version. */
public record ValuesView(long programId, int charterVersion, String status, List<Value> values, String draftedBy,
                         String decidedBy, String decidedByName, Instant decidedAt, String rejectionReason,
                         List<Acknowledgement> acknowledgements, long revision) implements Serializable {

    public record Value(String name, String statement, List<String> behaviours) implements Serializable {
    }

    public record Acknowledgement(long salespersonId, String salesperson, int charterVersion, Instant at) implements Serializable {
    }
}
