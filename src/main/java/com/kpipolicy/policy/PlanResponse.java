package com.kpipolicy.policy;

import java.math.BigDecimal;
import java.util.List;

/** The plan that applies to a business context, so an HR system knows what to submit. */
public record PlanResponse(String planId, String industry, String stage, String salesMode, String planVariant,
                           String rulesetVersion,
                           String source, List<PlanKpiResponse> kpis) {

    public record PlanKpiResponse(String kpi, String category, String direction, String unit, String nameEn,
                                  String nameZh, BigDecimal weight) {
    }
}
