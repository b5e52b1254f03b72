package com.kpipolicy.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kpipolicy.support.RulesFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the decision tables compiled to is kept in a folder (kpi.rules.cache-dir), so that a restart on the same
 * workbooks does not read them with POI again; a damaged or missing entry, or a folder that cannot be written, only
 * costs that read. Each test forgets what this JVM compiled before and after, as a restart does.
 */
class CompiledTablesKeptAcrossRestartsTest {
    private static final List<String> WORKBOOKS = List.of("blend.drl.xlsx", "grades.drl.xlsx", "incentives.drl.xlsx",
            "kpi-catalog.drl.xlsx", "plan-checks.drl.xlsx", "settings.drl.xlsx", "weights.drl.xlsx");

    @TempDir
    Path kept;
    @TempDir
    Path rulesDir;

    @AfterEach
    void restart() {
        RulesetCompiler.forgetTablesInMemory();
    }

    private CompiledRuleset compile(Path keptIn) {
        RulesetCompiler.forgetTablesInMemory();
        return new RulesetCompiler(keptIn).compile(RulesetSource.read(RulesFolder.SHIPPED));
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(kept)) {
            return files.filter(f -> f.toString().endsWith(".table.json")).sorted().toList();
        }
    }

    private static String drlOf(CompiledRuleset compiled, String workbook) {
        return compiled.generatedDrl().entrySet().stream().filter(e -> e.getKey().startsWith(workbook + "."))
                .map(e -> e.getValue().drl()).reduce("", String::concat);
    }

    @Test
    void everyShippedWorkbookIsKeptAndReadBackAsTheSameDrlAndLayout() throws IOException {
        CompiledRuleset first = compile(kept);

        assertThat(entries()).hasSize(WORKBOOKS.size());
        CompiledRuleset restarted = compile(kept);

        assertThat(restarted.layouts()).isEqualTo(first.layouts()).containsOnlyKeys(WORKBOOKS);
        assertThat(restarted.generatedDrl()).isEqualTo(first.generatedDrl());
        assertThat(restarted.warnings()).isEqualTo(first.warnings());
    }

    @Test
    void aRestartReadsTheKeptTableInsteadOfTheWorkbook() throws IOException {
        compile(kept);
        // Mark every kept DRL: only a compile that read the kept entries can show the mark.
        for (Path entry : entries()) {
            String json = Files.readString(entry, StandardCharsets.UTF_8);
            Files.writeString(entry, json.replace("\"drl\":\"", "\"drl\":\"// read back from the cache\\n"));
        }

        CompiledRuleset restarted = compile(kept);

        assertThat(WORKBOOKS).allSatisfy(w -> assertThat(drlOf(restarted, w)).startsWith("// read back from the cache"));
        assertThat(drlOf(compile(null), "weights.drl.xlsx")).doesNotContain("read back from the cache");
    }

    @Test
    void aDamagedOrIncompleteEntryIsCompiledAgainFromTheWorkbookAndWrittenAnew() throws IOException {
        CompiledRuleset first = compile(kept);
        List<Path> entries = entries();
        for (int i = 0; i < entries.size(); i++) {
            String json = Files.readString(entries.get(i));
            String file = json.substring(0, json.indexOf(".drl.xlsx\"") + ".drl.xlsx\"".length());
            // Cut short as by a full disk; or whole JSON that lacks what a compile needs.
            Files.writeString(entries.get(i), i % 2 == 0 ? json.substring(0, json.length() / 2)
                    : file + ",\"compiled\":{\"problems\":[],\"sheets\":[{\"file\":\"x\"}]}}");
        }

        CompiledRuleset restarted = compile(kept);

        assertThat(restarted.generatedDrl()).isEqualTo(first.generatedDrl());
        assertThat(compile(kept).generatedDrl()).isEqualTo(first.generatedDrl());
        for (Path entry : entries()) {
            assertThat(Files.readString(entry)).contains("\"layout\"").endsWith("}");
        }
    }

    @Test
    void aCacheFolderThatCannotBeWrittenCostsTheReadNotTheRules() throws IOException {
        Path notAFolder = Files.writeString(kept.resolve("a-file"), "in the way");
        CompiledRuleset unkept = compile(null);

        CompiledRuleset compiled = compile(notAFolder);

        assertThat(compiled.generatedDrl()).isEqualTo(unkept.generatedDrl());
        assertThat(Files.readString(notAFolder)).isEqualTo("in the way");
    }

    @Test
    void aWorkbookWithErrorsIsNotKeptSoItsMessagesAlwaysComeFromTheWorkbook() throws IOException {
        RulesFolder rules = RulesFolder.copyOfShipped(rulesDir).write("broken.drl.xlsx", "not a workbook");
        RulesetCompiler.forgetTablesInMemory();

        assertThatThrownBy(() -> new RulesetCompiler(kept).compile(RulesetSource.read(rules.dir())))
                .isInstanceOfSatisfying(RulesetRejectedException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.file()).isEqualTo("broken.drl.xlsx")));
        assertThat(entries()).hasSize(WORKBOOKS.size());
        for (Path entry : entries()) {
            assertThat(Files.readString(entry)).doesNotContain("broken.drl.xlsx");
        }
    }

    @Test
    void onlyTheEntriesReadOrWrittenLastAreKeptSoEditsDoNotFillTheDisk() throws IOException {
        CompiledTableStore store = new CompiledTableStore(kept);
        RulesetCompiler.TableCompilation table = new RulesetCompiler.TableCompilation(List.of(),
                new TableLayout("t.drl.xlsx", List.of()), List.of(new GeneratedSheet("t.drl.xlsx", "T", "rule text")));
        FileTime longAgo = FileTime.from(Instant.now().minus(Duration.ofDays(30)));

        int added = CompiledTableStore.KEPT + 5;
        for (int i = 0; i < added; i++) {
            Set<Path> before = Set.copyOf(entries());
            store.keep("t.drl.xlsx", "hash-" + i, table);
            // One a minute, in the order they were added: the file system's clock may not tell them apart.
            for (Path entry : entries()) {
                if (!before.contains(entry)) {
                    Files.setLastModifiedTime(entry, FileTime.from(longAgo.toInstant().plusSeconds(60L * i)));
                }
            }
        }

        assertThat(entries()).hasSize(CompiledTableStore.KEPT);
        assertThat(store.find("t.drl.xlsx", "hash-4")).isEmpty();
        assertThat(store.find("t.drl.xlsx", "hash-6")).contains(table);
        assertThat(store.find("t.drl.xlsx", "hash-" + (added - 1))).contains(table);

        // hash-5 is now the one added longest ago, but hash-6 was read just now: one more entry removes hash-5.
        store.keep("t.drl.xlsx", "hash-" + added, table);
        assertThat(store.find("t.drl.xlsx", "hash-5")).isEmpty();
        assertThat(store.find("t.drl.xlsx", "hash-6")).contains(table);
    }
}
