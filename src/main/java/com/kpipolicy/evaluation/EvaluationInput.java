package com.kpipolicy.evaluation;

import com.kpipolicy.policy.BusinessContext;
import java.math.BigDecimal;
import java.util.List;

/** A validated evaluation request. */
public record EvaluationInput(String employeeId, String period, BusinessContext context, List<Measurement> metrics) {

    public record Measurement(String kpi, BigDecimal actual, BigDecimal target) {
    }
}
