package com.kpipolicy.audit;

/** One field where a stored answer and its replay differ (JSON path, both values as JSON text). */
public record FieldDifference(String field, String stored, String replayed) {
}
