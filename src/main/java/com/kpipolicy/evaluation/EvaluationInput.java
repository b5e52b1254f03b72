package com.kpipolicy.evaluation;

import com.kpipolicy.policy.BusinessContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A validated evaluation request. */
public record EvaluationInput(String employeeId, String period, BusinessContext context, LocalDate asOf,
                              List<Measurement> metrics, List<Measurement> teamMetrics, BehaviourSignals signals) {

    public boolean hasTeam() {
        return teamMetrics != null && !teamMetrics.isEmpty();
    }

    public record Measurement(String kpi, BigDecimal actual, BigDecimal target, BigDecimal targetLow,
                              BigDecimal targetHigh) {
    }

    public record BehaviourSignals(BigDecimal collectionRate, BigDecimal periodEndSalesShare, BigDecimal avgDiscount,
                                   BigDecimal newCustomerChurn90d) {
        public static final BehaviourSignals NONE = new BehaviourSignals(null, null, null, null);
    }
}
