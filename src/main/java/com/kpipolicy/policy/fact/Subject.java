package com.kpipolicy.policy.fact;

/** Who is evaluated, for which period, in which business context. */
public final class Subject {
    private final String employeeId;
    private final String period;
    private final String industry;
    private final String stage;
    private final String salesMode;

    public Subject(String employeeId, String period, String industry, String stage, String salesMode) {
        this.employeeId = employeeId;
        this.period = period;
        this.industry = industry;
        this.stage = stage;
        this.salesMode = salesMode;
    }

    public String getEmployeeId() { return employeeId; }
    public String getPeriod() { return period; }
    public String getIndustry() { return industry; }
    public String getStage() { return stage; }
    public String getSalesMode() { return salesMode; }
}
