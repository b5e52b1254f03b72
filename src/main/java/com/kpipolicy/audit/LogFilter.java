package com.kpipolicy.audit;

import java.time.LocalDate;

/** Which logged decisions to list or export; null fields do not filter. Dates are UTC days of evaluatedAt. */
public record LogFilter(String employeeId, String period, LocalDate from, LocalDate to) {
}
