package com.salesculture.domain.model.program;

import java.util.List;
import java.util.Optional;

/** The values charters (one per programme) and their acknowledgements. */
public interface ValuesCharters {

    Optional<ValuesCharter> of(ProgramId programId);

    /** The programme's charter, created as an empty draft when there is none yet. */
    ValuesCharter require(ProgramId programId);

    void acknowledge(ValuesAcknowledgement acknowledgement);

    List<ValuesAcknowledgement> acknowledgements(ValuesCharter charter);

    /** Whether the salesperson acknowledged the charter's current version. */
    boolean acknowledged(ValuesCharter charter, long salespersonId);
}
