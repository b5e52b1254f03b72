package com.kpipolicy.impact;

import com.kpipolicy.evaluation.EvaluationRequest;
import java.util.UUID;

/** A request as the decision log stored it, with the evaluation it corrects, if any. */
public record StoredRequest(UUID evaluationId, UUID supersedes, EvaluationRequest request) {
}
