package com.kpipolicy.policy;

import java.util.Arrays;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * A first start whose rules folder does not load (nothing stored to serve instead, see {@link ActivePolicy}): the
 * analyst's problems, one per line with file, sheet and cell, as Spring Boot's "APPLICATION FAILED TO START" block
 * rather than at the bottom of a bean-creation trace.
 */
class RulesRejectedAtStartFailureAnalyzer extends AbstractFailureAnalyzer<RulesetRejectedException> {
    private final Environment environment;

    RulesRejectedAtStartFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RulesetRejectedException cause) {
        String dir = Binder.get(environment).bindOrCreate("kpi.rules", RulesProperties.class).dir().toAbsolutePath()
                .toString();
        String instead = Arrays.stream(cause.getSuppressed()).filter(RulesetRejectedException.class::isInstance)
                .findFirst().map(stored -> "and the ruleset that served before does not load from its stored files"
                        + " either (" + stored.getMessage() + ").")
                .orElse("and the database holds no ruleset that served before, to serve instead.");
        return new FailureAnalysis("The rules in " + dir + " do not load, " + instead + " " + cause.getMessage(),
                "Correct what each line names and start again (java -jar kpi-policy.jar lint " + dir + " checks the"
                        + " folder without starting the service), or point kpi.rules.dir at a folder that loads.",
                cause);
    }
}
