package com.kpipolicy.evaluation;

import java.math.BigDecimal;
import java.util.List;

/** What an HR system submits: one salesperson, one period, actuals against targets. */
public record EvaluationRequest(String employeeId, String period, String industry, String stage, String salesMode,
                                String planVariant, List<MetricRequest> metrics) {

    public record MetricRequest(String kpi, BigDecimal actual, BigDecimal target) {
    }
}
