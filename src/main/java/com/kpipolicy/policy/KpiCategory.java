package com.kpipolicy.policy;

/** The KPI categories of the method; rules match on these names. */
public enum KpiCategory {
    RESULT, PROCESS, CUSTOMER_VALUE, EFFICIENCY, COLLABORATION, DIGITAL, GROWTH
}
