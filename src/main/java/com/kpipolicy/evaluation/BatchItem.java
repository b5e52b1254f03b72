package com.kpipolicy.evaluation;

import com.kpipolicy.web.FieldProblem;
import tools.jackson.databind.annotation.JsonDeserialize;

/** One request of a batch as received: bound, or what kept it from binding (only this item is refused). */
@JsonDeserialize(using = BatchItemDeserializer.class)
record BatchItem(EvaluationRequest request, FieldProblem unreadable) {

    static BatchItem of(EvaluationRequest request) {
        return new BatchItem(request, null);
    }

    static BatchItem unreadable(FieldProblem problem) {
        return new BatchItem(null, problem);
    }
}
