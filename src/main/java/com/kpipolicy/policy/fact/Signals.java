package com.kpipolicy.policy.fact;

import java.math.BigDecimal;

/** Behaviour signals an HR system may submit beside the metrics (ratios 0-1; null = not submitted). */
public final class Signals {
    private final BigDecimal collectionRate;
    private final BigDecimal periodEndSalesShare;
    private final BigDecimal avgDiscount;
    private final BigDecimal newCustomerChurn90d;

    public Signals(BigDecimal collectionRate, BigDecimal periodEndSalesShare, BigDecimal avgDiscount,
                   BigDecimal newCustomerChurn90d) {
        this.collectionRate = collectionRate;
        this.periodEndSalesShare = periodEndSalesShare;
        this.avgDiscount = avgDiscount;
        this.newCustomerChurn90d = newCustomerChurn90d;
    }

    public BigDecimal getCollectionRate() { return collectionRate; }
    public BigDecimal getPeriodEndSalesShare() { return periodEndSalesShare; }
    public BigDecimal getAvgDiscount() { return avgDiscount; }
    public BigDecimal getNewCustomerChurn90d() { return newCustomerChurn90d; }
}
