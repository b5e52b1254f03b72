package com.kpipolicy.policy.fact;

import java.math.BigDecimal;

/** A change a guardrail made to a KPI score, kept so the response can explain it. */
public record ScoreAdjustment(String guardrail, BigDecimal from, BigDecimal to) {
}
