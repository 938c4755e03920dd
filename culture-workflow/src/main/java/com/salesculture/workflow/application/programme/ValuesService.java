package com.salesculture.workflow.application.programme;

import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ValueInput;
import java.util.List;

/** A programme's top 3 values: read by everyone in the programme, drafted by sales leaders. */
public interface ValuesService {

    ValuesView values(ProgramId programId);

    /** Replaces the draft's values; completing "Choose the top 3 values" submits them. */
    ValuesView draft(ProgramId programId, Long seenRevision, List<ValueInput> values);
}
