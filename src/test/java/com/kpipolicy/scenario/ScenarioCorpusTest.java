package com.kpipolicy.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpipolicy.evaluation.EvaluationMapper;
import com.kpipolicy.evaluation.Evaluator;
import com.kpipolicy.policy.Policy;
import com.kpipolicy.support.RulesFolder;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mapstruct.factory.Mappers;

/** Every file under scenarios/ is a specification of the shipped rules; one test per file. */
class ScenarioCorpusTest {
    private static final Path SCENARIOS = Path.of("scenarios");
    private static Policy policy;
    private static ScenarioRunner runner;

    @BeforeAll
    static void loadShippedRules() {
        policy = RulesFolder.shippedPolicy();
        EvaluationMapper mapper = Mappers.getMapper(EvaluationMapper.class);
        runner = new ScenarioRunner(new Evaluator(mapper), mapper);
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioHoldsUnderTheShippedRules() {
        return ScenarioFiles.readAll(SCENARIOS).stream().map(scenario -> DynamicTest.dynamicTest(scenario.name(), () -> {
            ScenarioResult result = runner.run(policy, scenario);
            assertThat(result.differences()).as("scenario %s: %s", scenario.name(), result.line()).isEmpty();
        }));
    }

    @Test
    void theCorpusCoversEveryRuleFileOfTheShippedPolicy() {
        List<String> folders = ScenarioFiles.readAll(SCENARIOS).stream()
                .map(s -> s.name().substring(0, s.name().indexOf('/'))).distinct().toList();
        assertThat(folders).contains("weights", "scoring", "guardrails", "grades");
    }
}
