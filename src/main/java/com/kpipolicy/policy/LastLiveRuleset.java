package com.kpipolicy.policy;

import java.util.Optional;

/** Where a start whose rules folder does not load finds the ruleset that served before it (the audit store). */
public interface LastLiveRuleset {

    /** The files of the ruleset that became live last, as stored, if a ruleset was ever stored. */
    Optional<RulesetSource> lastLive();
}
