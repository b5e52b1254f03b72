package com.kpipolicy.support;

/** The callers configured for tests (src/test/resources/config/application.properties). */
public enum Caller {
    HR_SYSTEM("hr-system", "hr-system-test-key"),
    OTHER_HR_SYSTEM("other-hr-system", "other-hr-system-test-key"),
    AUDITOR("auditor", "auditor-test-key"),
    ANALYST("analyst", "analyst-test-key");

    private final String user;
    private final String key;

    Caller(String user, String key) {
        this.user = user;
        this.key = key;
    }

    public String user() {
        return user;
    }

    public String key() {
        return key;
    }
}
