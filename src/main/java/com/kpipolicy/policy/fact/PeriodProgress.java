package com.kpipolicy.policy.fact;

import java.math.BigDecimal;

/** Present only for an in-period evaluation: the share of the period's days elapsed by asOf (0-1]. */
public final class PeriodProgress {
    private final BigDecimal elapsedShare;

    public PeriodProgress(BigDecimal elapsedShare) {
        this.elapsedShare = elapsedShare;
    }

    public BigDecimal getElapsedShare() { return elapsedShare; }
}
