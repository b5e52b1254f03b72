package com.kpipolicy.impact;

/**
 * Who a rules change would affect: the scenarios and, when a period is given, that period's stored
 * evaluations, each judged by the live ruleset and by the candidate. The two sets are reported apart,
 * never added up: scenarios are made-up cases, stored evaluations are people.
 */
public record ImpactReport(String liveRulesetVersion, String candidateRulesetVersion, String basis,
                           String scenariosFolder, ImpactSection scenarios, String period,
                           ImpactSection storedEvaluations) {

    static final String BASIS = "Old is the live ruleset, new the candidate, both evaluated now by the same evaluator.";
    static final String STORED_BASIS = " For a stored evaluation, old is the live ruleset's evaluation of its stored"
            + " request, not the answer stored at the time, so that only the rules change is measured; an evaluation"
            + " superseded by a later one of the same period is left out.";
}
