package com.kpipolicy.impact;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpipolicy.evaluation.EvaluationMapper;
import com.kpipolicy.evaluation.EvaluationRequest;
import com.kpipolicy.evaluation.Evaluator;
import com.kpipolicy.policy.Policy;
import com.kpipolicy.scenario.Scenario;
import com.kpipolicy.scenario.ScenarioFiles;
import com.kpipolicy.support.Requests;
import com.kpipolicy.support.RulesFolder;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mapstruct.factory.Mappers;
import tools.jackson.databind.json.JsonMapper;

/**
 * The impact of moving 5 points of the SaaS plan (weights.drl.xlsx, Plans row 16) from new customers to sales:
 * SALES_AMOUNT 35 -> 40, NEW_CUSTOMERS 15 -> 10. Every SAAS_FUSION total moves by 0.05 x (sales points - new
 * customer points), weighted by the blend where team metrics are sent; no other plan moves.
 */
class ImpactAnalysisTest {
    @TempDir
    static Path salesHeavyDir;
    @TempDir
    static Path npsDroppedDir;

    static Policy live;
    static Policy salesHeavy;
    static List<Scenario> scenarios;
    static ImpactAnalysis analysis;

    @BeforeAll
    static void loadPolicies() {
        live = RulesFolder.shippedPolicy();
        salesHeavy = RulesFolder.copyOfShipped(salesHeavyDir)
                .setCell("weights.drl.xlsx", "Plans", "F16", 40).setCell("weights.drl.xlsx", "Plans", "H16", 10).load();
        scenarios = ScenarioFiles.readAll(Path.of("scenarios"));
        analysis = new ImpactAnalysis(new Evaluator(Mappers.getMapper(EvaluationMapper.class)));
    }

    private static ImpactItem change(ImpactSection section, String scenario) {
        return section.changes().stream().filter(c -> scenario.equals(c.scenario())).findFirst().orElseThrow();
    }

    private static void assertVerdict(Verdict verdict, String total, String grade, String bonus) {
        assertThat(verdict.totalScore()).isEqualByComparingTo(total);
        assertThat(verdict.grade()).isEqualTo(grade);
        assertThat(verdict.bonusMultiplier()).isEqualByComparingTo(bonus);
    }

    @Test
    void theSalesHeavySaasPlanChangesTwentyTwoOfTheFiftyEightScenarios() {
        ImpactSection section = analysis.scenarios(live, salesHeavy, scenarios);

        // 39 scenarios use SAAS_FUSION; 2 of them are refused by both rulesets, 15 score sales and new customers alike.
        assertThat(section.evaluated()).isEqualTo(58);
        assertThat(section.changed()).isEqualTo(22);
        assertThat(section.refusedByCandidate()).isZero();
    }

    @Test
    void salesCappedAt150PointsCrossesIntoGradeS() {
        ImpactSection section = analysis.scenarios(live, salesHeavy, scenarios);

        // 35 x 150 / 100 = 52.50 + 65 = 117.50 (A, 1.2); 40 x 150 / 100 = 60.00 + 60 = 120.00 (S, 1.5).
        ImpactItem capped = change(section, "scoring/over-achievement-is-capped-at-150-points");
        assertThat(capped.employeeId()).isEqualTo("S-0002");
        assertVerdict(capped.live(), "117.50", "A", "1.2");
        assertVerdict(capped.candidate(), "120.00", "S", "1.5");
    }

    @Test
    void salesUnderTheFloorLosesMoreWhenSalesWeighMore() {
        ImpactSection section = analysis.scenarios(live, salesHeavy, scenarios);

        // Sales 0.4444 of the band's low edge scores 0: 0 + 65 = 65.00; new: 0 + 10 + 50 = 60.00, still D.
        ImpactItem belowFloor = change(section, "scoring/elastic-target-far-below-the-band-falls-under-the-floor");
        assertVerdict(belowFloor.live(), "65.00", "D", "0");
        assertVerdict(belowFloor.candidate(), "60.00", "D", "0");
        // New customers 17 / 18 = 94.44 points: 35 + 14.1666 + 16.6666 + 30 = 95.83; 40 + 9.4444 + 16.6666 + 30 = 96.11.
        ImpactItem rounding = change(section, "scoring/rounding-happens-once-at-the-end");
        assertVerdict(rounding.live(), "95.83", "B", "1.0");
        assertVerdict(rounding.candidate(), "96.11", "B", "1.0");
    }

    @Test
    void aBlendedTotalMovesByTheIndividualAndTheTeamShare() {
        ImpactSection section = analysis.scenarios(live, salesHeavy, scenarios);

        // Individual 90% of sales: 96.50 -> 96.00; team 110%: 103.50 -> 104.00. 0.8 x 96 + 0.2 x 104 = 97.60.
        ImpactItem channel = change(section, "blend/channel-sales-count-the-team-for-20-percent");
        assertVerdict(channel.live(), "97.90", "B", "1.0");
        assertVerdict(channel.candidate(), "97.60", "B", "1.0");
    }

    @Test
    void theGradeMigrationCountsEveryScenarioChangedOrNot() {
        GradeMigration migration = analysis.scenarios(live, salesHeavy, scenarios).gradeMigration();

        assertThat(migration.grades()).containsExactly("S", "A", "B", "C", "D", Verdict.REFUSED);
        assertThat(migration.count("S", "S")).isEqualTo(2);
        assertThat(migration.count("A", "S")).isEqualTo(2);
        assertThat(migration.count("A", "A")).isEqualTo(27);
        assertThat(migration.count("B", "B")).isEqualTo(19);
        assertThat(migration.count("C", "C")).isEqualTo(1);
        assertThat(migration.count("D", "D")).isEqualTo(4);
        assertThat(migration.count(Verdict.REFUSED, Verdict.REFUSED)).isEqualTo(3);
        assertThat(migration.counts().values().stream().flatMap(row -> row.values().stream())
                .mapToInt(Integer::intValue).sum()).isEqualTo(58);
    }

    @Test
    void theLiveRulesAsTheirOwnCandidateChangeNothing() {
        ImpactSection section = analysis.scenarios(live, live, scenarios);

        assertThat(section.evaluated()).isEqualTo(58);
        assertThat(section.changed()).isZero();
        assertThat(section.changes()).isEmpty();
        assertThat(section.gradeMigration().count("A", "A")).isEqualTo(29);
    }

    @Test
    void requestsThatNoLongerCoverTheirPlanAreReportedAsRefusedByTheCandidate() {
        // NPS leaves the SaaS plan and COLLECTION_RATE takes its 10 points: SaaS requests send the wrong KPIs.
        Policy npsDropped = RulesFolder.copyOfShipped(npsDroppedDir)
                .setCell("weights.drl.xlsx", "Plans", "J16", null).setCell("weights.drl.xlsx", "Plans", "G16", 10).load();

        ImpactSection section = analysis.scenarios(live, npsDropped, scenarios);

        // The 35 SaaS scenarios the live rules score (of 37) are refused; the 2 refused already stay unchanged.
        assertThat(section.changed()).isEqualTo(37);
        assertThat(section.refusedByCandidate()).isEqualTo(37);
        ImpactItem onTarget = change(section, "weights/saas-plan-is-the-article-fusion-case");
        assertVerdict(onTarget.live(), "100.00", "A", "1.2");
        assertThat(onTarget.candidate().isRefused()).isTrue();
        assertThat(onTarget.candidate().refusal()).contains("NPS is not a KPI of plan SAAS_FUSION")
                .contains("missing: COLLECTION_RATE");
        GradeMigration migration = section.gradeMigration();
        assertThat(migration.count("A", Verdict.REFUSED)).isEqualTo(17);
        assertThat(migration.count("B", Verdict.REFUSED)).isEqualTo(13);
        assertThat(migration.count("A", "A")).isEqualTo(12);
        assertThat(migration.count(Verdict.REFUSED, Verdict.REFUSED)).isEqualTo(3);
    }

    @Test
    void aStoredEvaluationSupersededByACorrectionIsLeftOut() {
        JsonMapper json = JsonMapper.builder().build();
        UUID first = new UUID(0, 1);
        UUID correction = new UUID(0, 2);
        UUID other = new UUID(0, 3);
        // As first sent (sales 120%, new customers 90%; the other four give 49.944): 42 + 13.5 + 49.944 = 105.44 -> 48 + 9
        // + 49.944 = 106.94. Corrected (sales 150%, new customers and NPS on target; the other four give 50.944):
        // 52.5 + 15 + 50.944 = 118.44 (A) -> 60 + 10 + 50.944 = 120.94 (S).
        EvaluationRequest asFirstSent = json.readValue(Requests.saasRequest(), EvaluationRequest.class);
        EvaluationRequest corrected = json.readValue(Requests.saasRequest(
                "{\"kpi\":\"SALES_AMOUNT\",\"actual\":1500000,\"target\":1000000}",
                "{\"kpi\":\"NEW_CUSTOMERS\",\"actual\":20,\"target\":20}",
                "{\"kpi\":\"NPS\",\"actual\":50,\"target\":50}"), EvaluationRequest.class);
        EvaluationRequest colleague = json.readValue(Requests.saasRequest().replace("E-1001", "E-1002"),
                EvaluationRequest.class);
        StoredRequests stored = each -> List.of(new StoredRequest(first, null, asFirstSent),
                new StoredRequest(correction, first, corrected), new StoredRequest(other, null, colleague)).forEach(each);

        ImpactSection section = analysis.stored(live, salesHeavy, stored);

        assertThat(section.evaluated()).isEqualTo(2);
        assertThat(section.changes()).extracting(ImpactItem::evaluationId).containsExactly(correction, other);
        assertVerdict(section.changes().get(0).live(), "118.44", "A", "1.2");
        assertVerdict(section.changes().get(0).candidate(), "120.94", "S", "1.5");
        assertVerdict(section.changes().get(1).candidate(), "106.94", "A", "1.2");
        assertThat(section.gradeMigration().count("A", "S")).isEqualTo(1);
        assertThat(section.gradeMigration().count("A", "A")).isEqualTo(1);
    }

    @Test
    void bonusMultipliersCompareByValue() {
        Verdict one = new Verdict(new BigDecimal("100.00"), "A", new BigDecimal("1.2"), null);
        Verdict same = new Verdict(new BigDecimal("100.0"), "A", new BigDecimal("1.20"), null);

        assertThat(one.sameAs(same)).isTrue();
        assertThat(Verdict.refused("x").sameAs(Verdict.refused("y"))).isTrue();
        assertThat(one.sameAs(Verdict.refused("x"))).isFalse();
    }
}
