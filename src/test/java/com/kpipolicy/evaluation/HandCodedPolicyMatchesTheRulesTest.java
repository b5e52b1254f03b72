package com.kpipolicy.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpipolicy.policy.BusinessContext;
import com.kpipolicy.policy.Catalog;
import com.kpipolicy.policy.NoPlanException;
import com.kpipolicy.policy.Plan;
import com.kpipolicy.policy.Policy;
import com.kpipolicy.scenario.Scenario;
import com.kpipolicy.scenario.ScenarioFiles;
import com.kpipolicy.support.RulesFolder;
import com.kpipolicy.web.InvalidRequestException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mapstruct.factory.Mappers;

/**
 * The benchmarks' yardstick, {@link HandCodedDefaultPolicy}, must be the shipped policy: it answers
 * like the rules for every scenario the rules do not refuse, and for every request the benchmarks send.
 */
class HandCodedPolicyMatchesTheRulesTest {
    private static Policy policy;
    private static EvaluationMapper mapper;
    private static Evaluator evaluator;
    private static final HandCodedDefaultPolicy handCoded = new HandCodedDefaultPolicy();

    @BeforeAll
    static void loadShippedRules() {
        policy = RulesFolder.shippedPolicy();
        mapper = Mappers.getMapper(EvaluationMapper.class);
        evaluator = new Evaluator(mapper);
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioThatIsNotRefusedGetsTheSameAnswer() {
        List<Scenario> scenarios = ScenarioFiles.readAll(Path.of("scenarios"));
        return scenarios.stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> sameAnswer(s.name(), s.request())));
    }

    @TestFactory
    Stream<DynamicTest> everyBenchmarkRequestGetsTheSameAnswer() {
        return BenchmarkRequests.all().entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> assertThat(sameAnswer(e.getKey(), e.getValue()))
                        .as("benchmark request %s is evaluated, not refused", e.getKey()).isTrue()));
    }

    @Test
    void mostOfTheCorpusIsCompared() {
        long compared = ScenarioFiles.readAll(Path.of("scenarios")).stream()
                .filter(s -> sameAnswer(s.name(), s.request())).count();
        assertThat(compared).isGreaterThanOrEqualTo(45);
    }

    @Test
    void everyContextGetsTheSamePlan() {
        Catalog catalog = policy.catalog();
        List<String> variants = new ArrayList<>();
        variants.add(null);
        variants.addAll(catalog.codes(Catalog.PLAN_VARIANT));
        int contexts = 0;
        for (String variant : variants) {
            for (String industry : catalog.codes(Catalog.INDUSTRY)) {
                for (String stage : catalog.codes(Catalog.STAGE)) {
                    for (String mode : catalog.codes(Catalog.SALES_MODE)) {
                        String rules = policy.plans().resolve(new BusinessContext(industry, stage, mode, variant))
                                .map(Plan::planId).orElse(null);
                        assertThat(HandCodedDefaultPolicy.planId(variant, industry, stage, mode))
                                .as("plan for %s/%s/%s/%s", variant, industry, stage, mode).isEqualTo(rules);
                        contexts++;
                    }
                }
            }
        }
        assertThat(contexts).isGreaterThanOrEqualTo(63);
    }

    /** Compares the two answers; false when the rules refuse the request (there is nothing to compare). */
    private static boolean sameAnswer(String name, EvaluationRequest request) {
        EvaluationOutcome rules;
        try {
            rules = evaluator.evaluate(policy, request).outcome();
        } catch (InvalidRequestException | NoPlanException e) {
            return false;
        }
        EvaluationOutcome java = handCoded.evaluate(mapper.toInput(request));
        assertThat(summary(java)).as("%s: hand-coded (left) vs rules", name).isEqualTo(summary(rules));
        return true;
    }

    private static Map<String, Object> summary(EvaluationOutcome o) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("planId", o.planId());
        s.put("totalScore", plain(o.totalScore()));
        s.put("grade", o.grade());
        s.put("bonusMultiplier", plain(o.bonusMultiplier()));
        s.put("status", o.status());
        Map<String, String> kpis = new LinkedHashMap<>();
        o.kpis().forEach(k -> kpis.put(k.kpi(), "weight " + plain(k.weight()) + ", achievement " + plain(k.achievement())
                + ", score " + plain(k.score()) + ", weighted " + plain(k.weightedScore())));
        s.put("kpis", kpis);
        // Messages are not compared: the rules list the KPIs under a floor in no fixed order.
        s.put("guardrails", o.guardrails().stream().map(g -> g.id() + " " + g.effect()).toList());
        s.put("promotion", o.promotion());
        s.put("training", o.trainingRecommendations());
        s.put("blend", o.blend() == null ? null : List.of(plain(o.blend().individualShare()), plain(o.blend().teamShare()),
                plain(o.blend().individualScore()), plain(o.blend().teamScore())));
        s.put("forecast", o.forecast() == null ? null : plain(o.forecast().elapsedShare()) + " "
                + plain(o.forecast().projectedTotalScore()) + " " + o.forecast().kpis().stream()
                .map(p -> p.kpi() + " " + plain(p.pace()) + " " + plain(p.projectedScore())).toList());
        s.put("alerts", o.alerts().stream().map(a -> a.kpi() + " " + a.type() + " " + plain(a.pace())).toList());
        return s;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
