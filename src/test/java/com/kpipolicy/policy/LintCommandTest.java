package com.kpipolicy.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpipolicy.support.RulesFolder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar kpi-policy.jar lint [rules-dir]}, run in-process: its lines and its exit status. */
class LintCommandTest {

    @TempDir
    Path dir;

    private record Run(int status, List<String> lines) {
    }

    private static Run lint(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = new LintCommand().run(List.of(args), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(status, bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void theShippedRulesLintWithTheirWarningsAndExitZero() {
        Run run = lint("rules");

        assertThat(run.status()).isZero();
        assertThat(run.lines()).hasSize(13).last().isEqualTo("0 errors, 12 warnings");
        assertThat(run.lines()).contains(
                "WARNING weights.drl.xlsx, sheet Plans, row 16: plan SAAS_FUSION gives PROCESS KPIs 15% of the weight;"
                        + " the plan checks (plan-checks.drl.xlsx, sheet CategoryRanges, row 16) require 20–30%.",
                "WARNING weights.drl.xlsx, sheet Plans, row 16: plan SAAS_FUSION gives CUSTOMER_VALUE KPIs 30% of the"
                        + " weight; the plan checks (plan-checks.drl.xlsx, sheet CategoryRanges, row 17) require 10–20%.",
                "WARNING weights.drl.xlsx, sheet Plans, row 17: plan B2B_LONG_CYCLE gives PROCESS KPIs 15% of the weight;"
                        + " the plan checks (plan-checks.drl.xlsx, sheet CategoryRanges, row 16) require 20–30%.");
    }

    @Test
    void withoutAFolderArgumentTheCommandLintsRules() {
        assertThat(lint()).isEqualTo(lint("rules"));
    }

    @Test
    void aFolderWithAPlanOutsideAnErrorLimitExitsOneNamingTheRow() {
        RulesFolder rules = RulesFolder.copyOfShipped(dir)
                .setCell("weights.drl.xlsx", "Plans", "F16", 25).setCell("weights.drl.xlsx", "Plans", "H16", 25);

        Run run = lint(rules.dir().toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.lines()).contains(
                "ERROR weights.drl.xlsx, sheet Plans, row 16: plan SAAS_FUSION gives RESULT KPIs 25% of the weight;"
                        + " the plan checks (plan-checks.drl.xlsx, sheet CategoryRanges, row 15) require 30–50%.");
        assertThat(run.lines()).last().isEqualTo("1 errors, 11 warnings");
    }

    @Test
    void aFolderThatDoesNotExistExitsOne() {
        Run run = lint(dir.resolve("missing").toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.lines()).hasSize(2).last().isEqualTo("1 errors, 0 warnings");
        assertThat(run.lines().get(0)).startsWith("ERROR ").contains("The rules folder does not exist");
    }

    @Test
    void moreThanOneFolderIsAUsageError() {
        Run run = lint("rules", "other");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.lines()).containsExactly(LintCommand.USAGE);
    }
}
