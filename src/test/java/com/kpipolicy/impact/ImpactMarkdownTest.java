package com.kpipolicy.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Markdown an analyst pastes into a change review: summary lines, changed results, grade migration. */
class ImpactMarkdownTest {
    private static final String LIVE = "8a79d23f1609b8ef8d73499e7154974fb03f40ec13b5fc935e7a8d5be449ec50";
    private static final String CANDIDATE = "5c0ffee5c0ffee5c0ffee5c0ffee5c0ffee5c0ffee5c0ffee5c0ffee5c0ffee5";

    private static Verdict scored(String total, String grade, String bonus) {
        return new Verdict(new BigDecimal(total), grade, new BigDecimal(bonus), null);
    }

    private static ImpactSection scenarios() {
        return ImpactSection.of(List.of(
                new ImpactItem("scoring/over-achievement-is-capped-at-150-points", null, "S-0002",
                        scored("117.50", "A", "1.2"), scored("120.00", "S", "1.5")),
                new ImpactItem("weights/saas-plan-is-the-article-fusion-case", null, "S-0001",
                        scored("100.00", "A", "1.2"), scored("100.00", "A", "1.2"))));
    }

    @Test
    void aScenarioReportHasItsSummaryItsChangedResultsAndItsGradeMigration() {
        ImpactReport report = new ImpactReport(LIVE, CANDIDATE, ImpactReport.BASIS, "scenarios", scenarios(), null, null);

        assertThat(ImpactMarkdown.render(report)).isEqualTo("""
                ## Impact of the rules change

                Live ruleset `8a79d23f1609` → candidate `5c0ffee5c0ff`.

                - Scenarios (`scenarios`): 2 evaluated, 1 changed, 0 refused by the candidate.

                Old is the live ruleset, new the candidate, both evaluated now by the same evaluator.

                ### Scenarios: changed results

                | Scenario | Employee | Old total | New total | Old grade | New grade | Old bonus | New bonus | Note |
                |---|---|--:|--:|---|---|--:|--:|---|
                | scoring/over-achievement-is-capped-at-150-points | S-0002 | 117.50 | 120.00 | A | S | 1.2 | 1.5 |  |

                ### Scenarios: grade migration

                Rows are old grades, columns new grades; each cell counts results, changed or not.

                | Old \\ New | S | A |
                |---|--:|--:|
                | **S** | 0 | 0 |
                | **A** | 1 | 1 |
                """);
    }

    @Test
    void storedEvaluationsGetTheirOwnSummaryTableAndMatrixWithRefusalsNamed() {
        UUID id = UUID.fromString("3918c116-1c9d-4f5e-b075-a403b352fc74");
        ImpactSection stored = ImpactSection.of(List.of(new ImpactItem(null, id, "E-1001 | night shift",
                scored("96.44", "B", "1.0"), Verdict.refused("metrics[3].kpi NPS is not a KPI of plan SAAS_FUSION"))));
        String basis = ImpactReport.BASIS + ImpactReport.STORED_BASIS;
        ImpactReport report = new ImpactReport(LIVE, CANDIDATE, basis, "scenarios", scenarios(), "2025-Q3", stored);

        String markdown = ImpactMarkdown.render(report);

        assertThat(markdown).contains("""
                - Scenarios (`scenarios`): 2 evaluated, 1 changed, 0 refused by the candidate.
                - Stored evaluations of 2025-Q3: 1 evaluated, 1 changed, 1 refused by the candidate.
                """);
        assertThat(markdown).contains("For a stored evaluation, old is the live ruleset's evaluation of its stored"
                + " request, not the answer stored at the time");
        assertThat(markdown).contains("""
                ### Stored evaluations of 2025-Q3: changed results

                | Evaluation | Employee | Old total | New total | Old grade | New grade | Old bonus | New bonus | Note |
                |---|---|--:|--:|---|---|--:|--:|---|
                | 3918c116-1c9d-4f5e-b075-a403b352fc74 | E-1001 \\| night shift | 96.44 | refused | B | refused | 1.0 | refused \
                | refused by the candidate: metrics[3].kpi NPS is not a KPI of plan SAAS_FUSION |
                """);
        assertThat(markdown).endsWith("""
                ### Stored evaluations of 2025-Q3: grade migration

                Rows are old grades, columns new grades; each cell counts results, changed or not.

                | Old \\ New | B | refused |
                |---|--:|--:|
                | **B** | 0 | 1 |
                | **refused** | 0 | 0 |
                """);
    }

    @Test
    void aChangeThatMovesNoResultSaysSo() {
        ImpactSection unchanged = ImpactSection.of(List.of(new ImpactItem("grades/total-of-exactly-120-is-grade-s",
                null, "S-0009", scored("120.00", "S", "1.5"), scored("120.00", "S", "1.5"))));
        ImpactReport report = new ImpactReport(LIVE, LIVE, ImpactReport.BASIS, "scenarios", unchanged, null, null);

        assertThat(ImpactMarkdown.render(report)).contains("### Scenarios: changed results\n\nNo result changes.\n");
    }
}
