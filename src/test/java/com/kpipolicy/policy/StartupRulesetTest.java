package com.kpipolicy.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kpipolicy.KpiPolicyApplication;
import com.kpipolicy.support.RulesFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

class StartupRulesetTest {
    @TempDir
    Path work;

    private ConfigurableApplicationContext start(Path rules, String... more) {
        String[] args = Stream.concat(Stream.of("--kpi.rules.dir=" + rules, "--kpi.rules.watch=false",
                "--spring.main.banner-mode=off", "--spring.datasource.url=jdbc:h2:file:" + work.resolve("db/kpi")),
                Stream.of(more)).toArray(String[]::new);
        return new SpringApplicationBuilder(KpiPolicyApplication.class).web(WebApplicationType.NONE)
                .initializers(new StartupRuleset()).logStartupInfo(false).run(args);
    }

    private RulesFolder copyOfShipped() {
        try {
            return RulesFolder.copyOfShipped(Files.createDirectories(work.resolve("rules")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theRulesCompiledWhileTheServiceStartsAreTheRulesItServes() {
        RulesFolder rules = copyOfShipped();
        try (ConfigurableApplicationContext context = start(rules.dir())) {
            StartupRuleset.Started started = context.getBean(StartupRuleset.Started.class);
            Policy serving = context.getBean(ActivePolicy.class).current();

            assertThat(started.taken()).as("the active policy took the compile begun at start").isTrue();
            assertThat(serving.version()).isEqualTo(RulesetSource.read(rules.dir()).version());
        }
    }

    @Test
    void aStartKeepsWhatTheTablesCompiledToInTheCacheFolderAndARestartServesTheSameRulesFromIt() throws IOException {
        RulesFolder rules = copyOfShipped();
        Path cache = work.resolve("rules-cache");
        String version;
        RulesetCompiler.forgetTablesInMemory();
        try (ConfigurableApplicationContext context = start(rules.dir(), "--kpi.rules.cache-dir=" + cache)) {
            version = context.getBean(ActivePolicy.class).current().version();
        }
        try (Stream<Path> kept = Files.list(cache)) {
            assertThat(kept.filter(f -> f.toString().endsWith(".table.json"))).hasSize(7);
        }

        RulesetCompiler.forgetTablesInMemory();
        try (ConfigurableApplicationContext context = start(rules.dir(), "--kpi.rules.cache-dir=" + cache)) {
            assertThat(context.getBean(ActivePolicy.class).current().version()).isEqualTo(version);
        } finally {
            RulesetCompiler.forgetTablesInMemory();
        }
    }

    @Test
    void aRulesFolderThatDoesNotCompileStopsTheStartWithTheAnalystsMessage() {
        RulesFolder rules = copyOfShipped()
                .replaceIn("scoring.drl", "insert(new TotalScore((BigDecimal) $sum));", "insert(new TotalScore($sum, ));");

        assertThatThrownBy(() -> start(rules.dir()).close())
                .hasRootCauseInstanceOf(RulesetRejectedException.class)
                .rootCause().hasMessageContaining("scoring.drl");
    }

    @Test
    void aFolderOtherThanTheOneCompiledAtStartIsLoadedByTheServiceItself() {
        StartupRuleset.Started started = new StartupRuleset.Started(RulesFolder.SHIPPED.toAbsolutePath(),
                CompletableFuture.failedFuture(new IllegalStateException("the compile begun at start failed")));
        Policy loadedByTheService = RulesFolder.shippedPolicy();

        assertThat(started.take(work, () -> loadedByTheService)).isSameAs(loadedByTheService);
    }

    @Test
    void theCompileBegunAtStartIsTakenOnceAndItsFailureIsTheStartsFailure() {
        StartupRuleset.Started started = new StartupRuleset.Started(RulesFolder.SHIPPED.toAbsolutePath(),
                CompletableFuture.failedFuture(new IllegalStateException("the compile begun at start failed")));
        Policy loadedByTheService = RulesFolder.shippedPolicy();

        assertThatThrownBy(() -> started.take(Path.of("rules"), () -> loadedByTheService))
                .isInstanceOf(IllegalStateException.class).hasMessage("the compile begun at start failed");
        assertThat(started.taken()).isTrue();
        assertThat(started.take(Path.of("rules"), () -> loadedByTheService)).isSameAs(loadedByTheService);
    }
}
