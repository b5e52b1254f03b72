package com.kpipolicy.policy;

/** A catalogue entry: what a KPI id means. */
public record KpiDefinition(String id, KpiCategory category, Direction direction, String unit,
                            String nameEn, String nameZh) {
}
