package com.kpipolicy.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.kpipolicy.policy.fact.Decimals;

/** Periods HR systems report on: a quarter (2025-Q3), a month (2025-07) or a half year (2025-H2). */
public record ReportingPeriod(LocalDate first, LocalDate last) {
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(?:Q([1-4])|(0[1-9]|1[0-2])|H([12]))");

    public static boolean isValid(String period) {
        return parse(period).isPresent();
    }

    static Optional<ReportingPeriod> parse(String period) {
        Matcher m = period == null ? null : FORMAT.matcher(period);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int firstMonth;
        int months;
        if (m.group(2) != null) {
            firstMonth = (Integer.parseInt(m.group(2)) - 1) * 3 + 1;
            months = 3;
        } else if (m.group(3) != null) {
            firstMonth = Integer.parseInt(m.group(3));
            months = 1;
        } else {
            firstMonth = (Integer.parseInt(m.group(4)) - 1) * 6 + 1;
            months = 6;
        }
        YearMonth start = YearMonth.of(year, firstMonth);
        return Optional.of(new ReportingPeriod(start.atDay(1), start.plusMonths(months - 1L).atEndOfMonth()));
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    /** Days elapsed up to and including {@code asOf}, as a share of the period's days. */
    BigDecimal elapsedShare(LocalDate asOf) {
        long elapsed = ChronoUnit.DAYS.between(first, asOf) + 1;
        long total = ChronoUnit.DAYS.between(first, last) + 1;
        return Decimals.ratio(BigDecimal.valueOf(elapsed), BigDecimal.valueOf(total));
    }
}
