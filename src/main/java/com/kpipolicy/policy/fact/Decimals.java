package com.kpipolicy.policy.fact;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one arithmetic rule of the product, for rules and Java alike: divisions are carried
 * to 34 significant digits (IEEE decimal128), nothing else is rounded, and results are
 * rounded half-up only when they are reported.
 *
 * <p>{@link #ratio} and {@link #percentOf} return exactly what {@code divide(x, DECIMAL128)}
 * returns, value and scale. They only take a shorter road when the quotient is exact: the JDK
 * then strips up to 33 trailing zeros one {@code BigInteger} division at a time, which was a
 * fifth of an evaluation's CPU.
 */
public final class Decimals {
    public static final MathContext DIVISION = MathContext.DECIMAL128;
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final long[] TENS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
            100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L,
            10_000_000_000_000L, 100_000_000_000_000L, 1_000_000_000_000_000L, 10_000_000_000_000_000L,
            100_000_000_000_000_000L, 1_000_000_000_000_000_000L};

    private Decimals() {
    }

    public static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        BigDecimal exact = exactQuotient(numerator, denominator);
        return exact != null ? exact : numerator.divide(denominator, DIVISION);
    }

    public static BigDecimal percentOf(BigDecimal weight, BigDecimal points) {
        BigDecimal product = weight.multiply(points);
        // Dividing by 100 is exact while the digits fit: the same digits two places over, stripped of
        // at most two trailing zeros down to the preferred scale, as the JDK's division would.
        if (product.precision() > DIVISION.getPrecision() || product.scale() > Integer.MAX_VALUE - 2) {
            return product.divide(HUNDRED, DIVISION);
        }
        BigInteger unscaled = product.unscaledValue();
        int scale = product.scale() + 2;
        for (int strip = 0; strip < 2 && unscaled.signum() != 0; strip++) {
            BigInteger[] qr = unscaled.divideAndRemainder(BigInteger.TEN);
            if (qr[1].signum() != 0) {
                break;
            }
            unscaled = qr[0];
            scale--;
        }
        if (unscaled.signum() == 0) {
            scale = product.scale();
        }
        return new BigDecimal(unscaled, scale);
    }

    /**
     * The quotient of two decimals whose digits fit a long, when it terminates and fits a long;
     * null otherwise. Written as the JDK does it: the exact value at the smallest scale not below
     * the preferred scale (the numerator's scale minus the denominator's).
     */
    private static BigDecimal exactQuotient(BigDecimal numerator, BigDecimal denominator) {
        if (numerator.precision() > 18 || denominator.precision() > 18 || denominator.signum() == 0) {
            return null;
        }
        long a = numerator.unscaledValue().longValueExact();
        long b = denominator.unscaledValue().longValueExact();
        long preferredScale = (long) numerator.scale() - denominator.scale();
        if (a == 0) {
            return clampedZero(preferredScale);
        }
        if (b < 0) {
            a = -a;
            b = -b;
        }
        long g = gcd(Math.abs(a), b);
        a /= g;
        b /= g;
        // The quotient terminates only if what is left of the denominator is 2^i * 5^j.
        int twos = Long.numberOfTrailingZeros(b);
        long rest = b >> twos;
        int fives = 0;
        while (rest % 5 == 0) {
            rest /= 5;
            fives++;
        }
        if (rest != 1) {
            return null;
        }
        int k = Math.max(twos, fives);
        if (k >= TENS.length) {
            return null;
        }
        long multiplier = TENS[k] / b;
        long unscaled;
        try {
            unscaled = Math.multiplyExact(a, multiplier);
        } catch (ArithmeticException overflow) {
            return null;
        }
        // a and b share no factor, so a * 10^k / b ends in no zero that the preferred scale would strip.
        long scale = preferredScale + k;
        if (scale != (int) scale) {
            return null;
        }
        return BigDecimal.valueOf(unscaled, (int) scale);
    }

    private static BigDecimal clampedZero(long preferredScale) {
        int scale = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, preferredScale));
        return BigDecimal.valueOf(0, scale);
    }

    private static long gcd(long x, long y) {
        while (y != 0) {
            long t = x % y;
            x = y;
            y = t;
        }
        return x;
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
