package com.kpipolicy.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpipolicy.support.RulesFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule files are code: what they may not do, and workbooks that are not what they seem. */
class RuleFileSafetyTest {
    @TempDir
    Path dir;

    private List<RuleProblem> errors(UnaryOperator<RulesFolder> edit) {
        return edit.apply(RulesFolder.copyOfShipped(dir)).loadErrors();
    }

    @Test
    void aDrlFileImportingFileAccessIsRefusedNamingTheLine() {
        List<RuleProblem> errors = errors(r -> r.replaceIn("scoring.drl", "import java.math.BigDecimal;",
                "import java.math.BigDecimal;\nimport java.io.File;"));

        assertThat(errors).extracting(RuleProblem::toString).contains("ERROR scoring.drl, line 8: Rule code may use only"
                + " the policy's facts, numbers, dates and collections; 'import java.io.File' is not allowed (it could"
                + " reach files, the network, processes or the service itself).");
    }

    @Test
    void aConsequenceThatStopsTheServiceIsRefused() {
        List<RuleProblem> errors = errors(r -> r.replaceIn("guardrails.drl", "    delete($b);\n    insert($b.adjustedTo($cap, \"COLLECTION_FLOOR\"));",
                "    System.exit(1);"));

        assertThat(errors).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("guardrails.drl");
            assertThat(p.message()).contains("'System' is not allowed");
        });
    }

    @Test
    void reflectionInAFunctionIsRefusedEvenWhenWrittenWithSpaces() {
        List<RuleProblem> errors = errors(r -> r.replaceIn("scoring.drl", "function BigDecimal scoringFloor() { return new BigDecimal(\"0.5\"); }",
                "function BigDecimal scoringFloor() { Object o = BigDecimal . class; return new BigDecimal(\"0.5\"); }"));

        assertThat(errors).anySatisfy(p -> assertThat(p.message()).contains("'.class' is not allowed"));
    }

    @Test
    void codeTypedIntoATableCellIsRefusedNamingTheCell() {
        List<RuleProblem> errors = errors(r -> r.setCell("grades.drl.xlsx", "Grades", "A16",
                "Runtime.getRuntime().availableProcessors()"));

        assertThat(errors).extracting(RuleProblem::toString).contains("ERROR grades.drl.xlsx, sheet Grades, cell A16: Rule"
                + " code may use only the policy's facts, numbers, dates and collections; 'Runtime' is not allowed (it could"
                + " reach files, the network, processes or the service itself).");
    }

    @Test
    void wordsInsideStringsAndCommentsAreNotCode() {
        RulesFolder rules = RulesFolder.copyOfShipped(dir).replaceIn("guardrails.drl", "// Guardrails: conditions",
                "// System, Runtime and java.io are only words here. Guardrails: conditions");

        assertThat(rules.load().warnings()).noneMatch(p -> p.message().contains("Rule code"));
    }

    @Test
    void aZipBombNamedLikeAWorkbookIsRefusedBeforeItIsUnpacked() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 60; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        List<RuleProblem> errors = errors(r -> writeBytes(r, "bomb.drl.xlsx", bytes.toByteArray()));

        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("bomb.drl.xlsx");
            assertThat(p.message()).contains("zip bomb");
        });
    }

    @Test
    void aWorkbookLinkedToAnotherWorkbookIsRefused() throws IOException {
        byte[] linked = withExtraEntry(Files.readAllBytes(RulesFolder.SHIPPED.resolve("grades.drl.xlsx")),
                "xl/externalLinks/externalLink1.xml", "<externalLink/>");

        List<RuleProblem> errors = errors(r -> writeBytes(r, "grades.drl.xlsx", linked));

        assertThat(errors).singleElement().satisfies(p -> assertThat(p.message()).contains("links to another workbook"));
    }

    @Test
    void aWorkbookDeclaringXmlEntitiesIsRefused() throws IOException {
        byte[] entities = withExtraEntry(Files.readAllBytes(RulesFolder.SHIPPED.resolve("grades.drl.xlsx")),
                "xl/custom.xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");

        List<RuleProblem> errors = errors(r -> writeBytes(r, "grades.drl.xlsx", entities));

        assertThat(errors).singleElement().satisfies(p -> assertThat(p.message()).contains("declares XML entities"));
    }

    @Test
    void anOversizedWorkbookIsRefusedNamingTheLimit() {
        List<RuleProblem> errors = errors(r -> writeBytes(r, "huge.drl.xlsx", new byte[6 * 1024 * 1024]));

        assertThat(errors).singleElement().satisfies(p -> assertThat(p.message()).contains("may be at most 5 MB"));
    }

    private static RulesFolder writeBytes(RulesFolder rules, String file, byte[] content) {
        try {
            Files.write(rules.dir().resolve(file), content);
            return rules;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] withExtraEntry(byte[] workbook, String name, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(workbook));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(name));
            out.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return bytes.toByteArray();
    }
}
