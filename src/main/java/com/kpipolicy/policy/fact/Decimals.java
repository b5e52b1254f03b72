package com.kpipolicy.policy.fact;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one arithmetic rule of the product, for rules and Java alike: divisions are carried
 * to 34 significant digits (IEEE decimal128), nothing else is rounded, and results are
 * rounded half-up only when they are reported.
 */
public final class Decimals {
    public static final MathContext DIVISION = MathContext.DECIMAL128;
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {
    }

    public static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, DIVISION);
    }

    public static BigDecimal percentOf(BigDecimal weight, BigDecimal points) {
        return weight.multiply(points).divide(HUNDRED, DIVISION);
    }

    public static BigDecimal of(String literal) {
        return new BigDecimal(literal);
    }

    /** Reported scores: 2 places, half-up. */
    public static BigDecimal points(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** Reported achievements: 4 places, half-up. */
    public static BigDecimal achievement(BigDecimal value) {
        return value.setScale(4, RoundingMode.HALF_UP);
    }
}
