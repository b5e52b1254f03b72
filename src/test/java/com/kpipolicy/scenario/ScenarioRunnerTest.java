package com.kpipolicy.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpipolicy.evaluation.EvaluationMapper;
import com.kpipolicy.evaluation.Evaluator;
import com.kpipolicy.policy.Policy;
import com.kpipolicy.support.RulesFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mapstruct.factory.Mappers;

class ScenarioRunnerTest {
    private static Policy policy;
    private static ScenarioRunner runner;

    @BeforeAll
    static void loadShippedRules() {
        policy = RulesFolder.shippedPolicy();
        EvaluationMapper mapper = Mappers.getMapper(EvaluationMapper.class);
        runner = new ScenarioRunner(new Evaluator(mapper), mapper);
    }

    @Test
    void aChangedExpectationFailsNamingTheScenarioTheFieldAndBothValues(@TempDir Path dir) throws Exception {
        Path original = Path.of("scenarios/weights/saas-plan-is-the-article-fusion-case.json");
        Path changed = dir.resolve("weights/saas-plan-is-the-article-fusion-case.json");
        Files.createDirectories(changed.getParent());
        Files.writeString(changed, Files.readString(original)
                .replace("\"totalScore\": 100.0", "\"totalScore\": 99.0")
                .replace("\"grade\": \"A\"", "\"grade\": \"B\""));

        ScenarioResult result = runner.run(policy, ScenarioFiles.readAll(dir).get(0));

        assertThat(result.passed()).isFalse();
        assertThat(result.differences()).containsExactlyInAnyOrder(
                new Difference("totalScore", "99.0", "100.00"),
                new Difference("grade", "B", "A"));
        assertThat(result.line()).startsWith("FAIL weights/saas-plan-is-the-article-fusion-case: ")
                .contains("totalScore expected <99.0> but was <100.00>");
    }

    @Test
    void aScenarioListingNoGuardrailsFailsWhenOneFires(@TempDir Path dir) throws Exception {
        Path original = Path.of("scenarios/guardrails/customer-value-floor-caps-result-scores.json");
        String text = Files.readString(original);
        String withoutGuardrail = text.substring(0, text.indexOf("\"guardrails\"")) + "\"guardrails\": {}\n  }\n}\n";
        Files.writeString(dir.resolve("no-guardrail.json"), withoutGuardrail);

        ScenarioResult result = runner.run(policy, ScenarioFiles.readAll(dir).get(0));

        assertThat(result.differences()).containsExactly(new Difference("guardrails", "", "CUSTOMER_VALUE_FLOOR"));
    }

    @Test
    void aRefusedRequestIsComparedByTheFieldsItNames(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("refused.json"), """
                {"request": {"employeeId": "E-1", "period": "2025-Q9", "industry": "SAAS", "stage": "GROWTH",
                             "salesMode": "DIRECT", "metrics": [{"kpi": "SALES_AMOUNT", "actual": 1, "target": 1}]},
                 "expected": {"rejected": ["industry"]}}
                """);

        ScenarioResult result = runner.run(policy, ScenarioFiles.readAll(dir).get(0));

        assertThat(result.differences()).containsExactly(new Difference("rejected", "industry", "period"));
    }
}
