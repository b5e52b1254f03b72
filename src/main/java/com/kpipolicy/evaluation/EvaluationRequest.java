package com.kpipolicy.evaluation;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What an HR system submits: one salesperson, one period, actuals against targets. */
public record EvaluationRequest(String employeeId, String period, String industry, String stage, String salesMode,
                                String planVariant,
                                // Not lenient: a number would otherwise be read as days since 1970.
                                @JsonFormat(lenient = OptBoolean.FALSE) LocalDate asOf, List<MetricRequest> metrics,
                                List<MetricRequest> teamMetrics, SignalsRequest signals, String rulesetVersion,
                                String supersedes) {

    /** A target is a point ({@code target}) or an elastic band ({@code targetLow}..{@code targetHigh}). */
    public record MetricRequest(String kpi, BigDecimal actual, BigDecimal target, BigDecimal targetLow,
                                BigDecimal targetHigh) {
    }

    /** Optional behaviour signals, each a ratio from 0 to 1. */
    public record SignalsRequest(BigDecimal collectionRate, BigDecimal periodEndSalesShare, BigDecimal avgDiscount,
                                 BigDecimal newCustomerChurn90d) {
    }
}
