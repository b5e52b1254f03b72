package com.kpipolicy.policy;

import java.util.List;
import java.util.stream.Collectors;

/** A ruleset that cannot serve: it does not compile, or its tables are inconsistent. */
public class RulesetRejectedException extends RuntimeException {
    private final transient List<RuleProblem> problems;

    public RulesetRejectedException(List<RuleProblem> problems) {
        super("The ruleset has " + problems.stream().filter(RuleProblem::isError).count() + " error(s):\n"
                + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
