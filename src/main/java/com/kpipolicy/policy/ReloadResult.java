package com.kpipolicy.policy;

import java.time.Instant;
import java.util.List;

/**
 * What one reload attempt did: RELOADED (a new version is live), UNCHANGED (the folder holds the
 * live version already) or REJECTED (the last good version keeps serving; problems say why).
 */
public record ReloadResult(String status, String liveVersion, String previousVersion, Instant at, long buildMillis,
                           List<RuleProblem> problems) {
    public static final String RELOADED = "RELOADED";
    public static final String UNCHANGED = "UNCHANGED";
    public static final String REJECTED = "REJECTED";
}
