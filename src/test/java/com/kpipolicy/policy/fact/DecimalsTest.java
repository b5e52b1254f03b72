package com.kpipolicy.policy.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The short roads of {@link Decimals} must land exactly where the JDK's DECIMAL128 division does. */
class DecimalsTest {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Test
    void aRatioIsTheJdkQuotientToTheDigitAndTheScale() {
        String[][] pairs = {{"1200000", "1000000"}, {"1.50", "0.5"}, {"100", "0.01"}, {"0", "7"}, {"0.00", "3.0"},
                {"1", "3"}, {"2", "3"}, {"-7", "8"}, {"7", "-8"}, {"-7", "-8"}, {"0.85", "0.9"}, {"45", "60"},
                {"999999999999999999", "1"}, {"1", "999999999999999999"}, {"123456789012345678", "1024"},
                {"1E+5", "4"}, {"3", "1E-7"}, {"0.000001", "0.000016"}, {"92", "92"}, {"1", "1048576"}};
        for (String[] p : pairs) {
            assertSameAsJdkRatio(new BigDecimal(p[0]), new BigDecimal(p[1]));
        }
    }

    @Test
    void aRatioOfRandomDecimalsIsTheJdkQuotientToTheDigitAndTheScale() {
        Random random = new Random(20261127L);
        for (int i = 0; i < 200_000; i++) {
            assertSameAsJdkRatio(randomDecimal(random), nonZero(randomDecimal(random)));
        }
    }

    @Test
    void aPercentageIsTheJdkQuotientByAHundredToTheDigitAndTheScale() {
        String[][] pairs = {{"35", "100"}, {"35", "123.4"}, {"20", "150.0"}, {"0", "88"}, {"15", "0"}, {"33", "1E+3"},
                {"50", "1.2345678901234567890123456789012345"}, {"12.5", "99.99999999999999999999999999999999"},
                {"-10", "45"}, {"100", "1"}};
        for (String[] p : pairs) {
            assertSameAsJdkPercent(new BigDecimal(p[0]), new BigDecimal(p[1]));
        }
        Random random = new Random(27112026L);
        for (int i = 0; i < 200_000; i++) {
            assertSameAsJdkPercent(randomDecimal(random), randomDecimal(random));
        }
    }

    @Test
    void aRatioOfAchievementsCarriedTo34DigitsIsTheJdkQuotient() {
        BigDecimal third = BigDecimal.ONE.divide(new BigDecimal(3), Decimals.DIVISION);
        assertSameAsJdkRatio(third, new BigDecimal("0.75"));
        assertSameAsJdkRatio(new BigDecimal("0.5"), third);
        assertThat(Decimals.ratio(new BigDecimal("1200000"), new BigDecimal("1000000"))).isEqualByComparingTo("1.2");
    }

    private static void assertSameAsJdkRatio(BigDecimal n, BigDecimal d) {
        BigDecimal expected = n.divide(d, Decimals.DIVISION);
        assertThat(Decimals.ratio(n, d)).as("%s / %s", n, d).isEqualTo(expected).hasScaleOf(expected.scale());
    }

    private static void assertSameAsJdkPercent(BigDecimal weight, BigDecimal points) {
        BigDecimal expected = weight.multiply(points).divide(HUNDRED, Decimals.DIVISION);
        assertThat(Decimals.percentOf(weight, points)).as("%s %% of %s", weight, points).isEqualTo(expected)
                .hasScaleOf(expected.scale());
    }

    /** Amounts and rates as requests carry them: up to 18 digits, scales from -3 to 12, some zeros. */
    private static BigDecimal randomDecimal(Random random) {
        int digits = 1 + random.nextInt(random.nextInt(4) == 0 ? 18 : 8);
        long bound = (long) Math.pow(10, digits);
        long unscaled = (long) (random.nextDouble() * bound);
        if (random.nextInt(5) == 0) {
            unscaled = unscaled / 1000 * 1000;
        }
        if (random.nextInt(6) == 0) {
            unscaled = -unscaled;
        }
        return new BigDecimal(BigInteger.valueOf(unscaled), random.nextInt(16) - 3);
    }

    private static BigDecimal nonZero(BigDecimal d) {
        return d.signum() == 0 ? BigDecimal.valueOf(7, d.scale()) : d;
    }
}
