package com.kpipolicy.evaluation;

import java.util.regex.Pattern;

/** Periods HR systems report on: a quarter (2025-Q3), a month (2025-07) or a half year (2025-H2). */
final class ReportingPeriod {
    private static final Pattern FORMAT = Pattern.compile("\\d{4}-(Q[1-4]|0[1-9]|1[0-2]|H[12])");

    private ReportingPeriod() {
    }

    static boolean isValid(String period) {
        return period != null && FORMAT.matcher(period).matches();
    }
}
