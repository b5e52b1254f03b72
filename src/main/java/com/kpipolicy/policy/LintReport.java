package com.kpipolicy.policy;

import java.util.List;

/**
 * What linting a rules folder found: the version of the files read (null if the folder could not be
 * read) and every problem; the folder is valid when none of them is an error.
 */
public record LintReport(String rulesetVersion, boolean valid, int errors, int warnings, List<RuleProblem> problems) {

    static LintReport of(String rulesetVersion, List<RuleProblem> problems) {
        int errors = (int) problems.stream().filter(RuleProblem::isError).count();
        return new LintReport(rulesetVersion, errors == 0, errors, problems.size() - errors, List.copyOf(problems));
    }
}
