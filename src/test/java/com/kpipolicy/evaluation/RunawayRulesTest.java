package com.kpipolicy.evaluation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kpipolicy.policy.Policy;
import com.kpipolicy.policy.PolicyDefectException;
import com.kpipolicy.scenario.ScenarioFiles;
import com.kpipolicy.support.RulesFolder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mapstruct.factory.Mappers;

/** A rule that keeps re-triggering itself ends the evaluation with an error instead of hanging it. */
class RunawayRulesTest {

    @Test
    void aSelfTriggeringRuleIsStoppedAtTheFiringLimitWithAMessage(@TempDir Path dir) {
        Policy policy = RulesFolder.copyOfShipped(dir).write("runaway.drl", """
                package rules.runaway;
                import java.math.BigDecimal;
                import com.kpipolicy.policy.fact.*;

                rule "Runaway: every setting breeds another"
                    ruleflow-group "scoring"
                when
                    Setting($name : name)
                then
                    insert(new Setting($name + "x", BigDecimal.ONE));
                end
                """).load();
        EvaluationMapper mapper = Mappers.getMapper(EvaluationMapper.class);
        EvaluationRequest request = ScenarioFiles.readAll(Path.of("scenarios/weights")).stream()
                .filter(s -> s.name().equals("saas-plan-is-the-article-fusion-case")).findFirst().orElseThrow().request();

        assertThatThrownBy(() -> new Evaluator(mapper).evaluate(policy, request))
                .isInstanceOf(PolicyDefectException.class)
                .hasMessageContaining("fired 10000 times")
                .hasMessageContaining("runaway.drl: Runaway: every setting breeds another");
    }
}
