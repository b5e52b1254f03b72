package com.kpipolicy.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ProblemDetail;

/** The counts, then one result per request in the order sent: its evaluation id, or its problem. */
public record BatchResponse(Summary summary, List<ItemResult> items) {

    static BatchResponse of(List<ItemResult> items) {
        long evaluated = items.stream().filter(i -> i.evaluationId() != null).count();
        return new BatchResponse(new Summary(items.size(), evaluated, items.size() - evaluated), items);
    }

    public record Summary(int received, long evaluated, long rejected) {
    }

    /** status 201 with evaluationId (stored), or 422 (or 500) with the problem, as the single endpoint would answer. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemResult(int index, int status, UUID evaluationId, ProblemDetail problem) {

        static ItemResult created(int index, UUID evaluationId) {
            return new ItemResult(index, 201, evaluationId, null);
        }

        static ItemResult refused(int index, ProblemDetail problem) {
            return new ItemResult(index, problem.getStatus(), null, problem);
        }
    }
}
