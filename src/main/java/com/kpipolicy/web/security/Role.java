package com.kpipolicy.web.security;

import org.springframework.security.core.Authentication;

/** What a caller may do; the README's access table lists the endpoints of each role. */
public enum Role {
    /** Submits evaluations (single and batch), reads back its own, reads plans. */
    HR_SYSTEM,
    /** Reads everything: every evaluation, the log, replays, chain verification, export, rulesets. */
    AUDITOR,
    /** Works on the policy: lints the rules folder, reads plans and rulesets. */
    ANALYST;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean heldBy(Authentication caller) {
        return caller != null && caller.getAuthorities().stream().anyMatch(a -> authority().equals(a.getAuthority()));
    }
}
