package com.kpipolicy.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kpipolicy.policy.Policy;
import com.kpipolicy.policy.PolicyDefectException;
import com.kpipolicy.policy.RuleProblem;
import com.kpipolicy.scenario.ScenarioFiles;
import com.kpipolicy.support.RulesFolder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mapstruct.factory.Mappers;

/**
 * A rule that keeps re-triggering itself ends the evaluation with an error instead of hanging it; one that does so for
 * every request is refused when the rules load (their sample evaluations run into the limit).
 */
class RunawayRulesTest {
    private static final String RUNAWAY = """
            package rules.runaway;
            import java.math.BigDecimal;
            import com.kpipolicy.policy.fact.*;

            rule "Runaway: every setting breeds another"
                ruleflow-group "scoring"
            when
                %s
                Setting($name : name)
            then
                insert(new Setting($name + "x", BigDecimal.ONE));
            end
            """;

    @Test
    void aRuleThatRunsAwayForSomeRequestsStopsThoseAtTheFiringLimitWithAMessage(@TempDir Path dir) {
        // Only above a sales amount of 1, so that the load's sample evaluations (every KPI at 1 of 1) pass.
        Policy policy = RulesFolder.copyOfShipped(dir)
                .write("runaway.drl", RUNAWAY.formatted("Metric(kpi == \"SALES_AMOUNT\", actual > 1)")).load();
        EvaluationMapper mapper = Mappers.getMapper(EvaluationMapper.class);
        EvaluationRequest request = ScenarioFiles.readAll(Path.of("scenarios/weights")).stream()
                .filter(s -> s.name().equals("saas-plan-is-the-article-fusion-case")).findFirst().orElseThrow().request();

        assertThatThrownBy(() -> new Evaluator(mapper).evaluate(policy, request))
                .isInstanceOf(PolicyDefectException.class)
                .hasMessageContaining("fired 10000 times")
                .hasMessageContaining("runaway.drl: Runaway: every setting breeds another");
    }

    @Test
    void aRuleThatRunsAwayForEveryRequestIsRefusedWhenTheRulesLoad(@TempDir Path dir) {
        List<RuleProblem> errors = RulesFolder.copyOfShipped(dir).write("runaway.drl", RUNAWAY.formatted("")).loadErrors();

        assertThat(errors).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("A sample evaluation under plan ")
                .contains("fired 10000 times")
                .contains("runaway.drl: Runaway: every setting breeds another"));
    }
}
