package com.kpipolicy.policy;

/** Whether more of a KPI is better (sales) or less is (days to close). */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}
