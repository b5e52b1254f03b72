package com.kpipolicy.policy;

import com.kpipolicy.Sha256;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.decisiontable.parser.DefaultRuleSheetListener;
import org.drools.decisiontable.parser.xls.ExcelParser;
import org.drools.template.parser.DataListener;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles a ruleset's bytes into a KieBase. Decision tables are first turned into DRL here,
 * one file at a time, so that a broken workbook is named, and so that build errors in table
 * rules can be traced back through the generated DRL to the sheet and cell.
 */
public class RulesetCompiler {
    private static final String RESOURCES = "src/main/resources/rules/";
    static final String GENERATED_SUFFIX = ".generated.drl";
    private static final Object REPOSITORY = new Object();
    private static final TableHeaderCheck HEADERS = new TableHeaderCheck();
    private static final RuleCodeSafety CODE_SAFETY = new RuleCodeSafety();
    private static final WorkbookSafety WORKBOOK_SAFETY = new WorkbookSafety();

    private final BuildMessageTranslator translator = new BuildMessageTranslator();
    /** Where compiled tables are kept across restarts; null to keep them only in memory. */
    private final CompiledTableStore kept;

    public RulesetCompiler() {
        this((Path) null);
    }

    /** keptIn: the folder where compiled tables are kept across restarts, or null for none. */
    public RulesetCompiler(Path keptIn) {
        this.kept = keptIn == null ? null : new CompiledTableStore(keptIn);
    }

    public CompiledRuleset compile(RulesetSource source) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, GeneratedSheet> generatedDrl = new LinkedHashMap<>();
        Map<String, TableLayout> layouts = new LinkedHashMap<>();
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("com.kpipolicy.ruleset", "v" + source.version(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);

        for (RuleFile file : source.files()) {
            if (file.isDrl()) {
                problems.addAll(CODE_SAFETY.checkDrl(file.path(), new String(file.content(), StandardCharsets.UTF_8)));
                kfs.write(RESOURCES + file.path(), file.content());
            } else if (file.isDecisionTable()) {
                TableCompilation table = compileTable(file);
                problems.addAll(table.problems());
                if (table.layout() != null) {
                    layouts.put(file.path(), table.layout());
                }
                for (GeneratedSheet sheet : table.sheets()) {
                    String name = file.path() + "." + (generatedDrl.size() + 1) + GENERATED_SUFFIX;
                    generatedDrl.put(name, sheet);
                    kfs.write(RESOURCES + name, sheet.drl());
                }
            } else if (file.isWorkbook()) {
                problems.add(RuleProblem.warning(file.path(), null, null,
                        "This workbook is not compiled: only files named *.drl.xlsx, *.drl.xls or *.drl.csv are"
                                + " rule tables. Rename it if it should take effect."));
            }
        }
        rejectIfErrors(problems);

        KieContainer container = build(ks, kfs, releaseId, generatedDrl, layouts, problems);
        return new CompiledRuleset(source, container, generatedDrl, layouts, List.copyOf(problems));
    }

    /**
     * The engine's module repository is global and keyed by release id, i.e. by ruleset version: two
     * builds of the same files at once (a lint beside another load) would take or remove each other's module.
     */
    private KieContainer build(KieServices ks, KieFileSystem kfs, ReleaseId releaseId, Map<String, GeneratedSheet> generatedDrl,
                          Map<String, TableLayout> layouts,
                          List<RuleProblem> problems) {
        synchronized (REPOSITORY) {
            KieBuilder builder = ks.newKieBuilder(kfs, ClassLookupCache.SHARED);
            try {
                builder.buildAll();
            } catch (RuntimeException e) {
                problems.add(RuleProblem.error(null, null, null, "The rule engine could not build the ruleset: " + e.getMessage()));
                throw new RulesetRejectedException(problems);
            }
            List<RuleProblem> built = new ArrayList<>();
            for (Message message : builder.getResults().getMessages(Message.Level.ERROR, Message.Level.WARNING)) {
                built.add(translator.translate(message, generatedDrl, layouts));
            }
            problems.addAll(BuildMessageTranslator.withoutEchoes(built));
            rejectIfErrors(problems);

            KieContainer container = ks.newKieContainer(releaseId, ClassLookupCache.SHARED);
            // Built here, inside the lock and while the module is still in the repository; the container keeps it.
            container.getKieBase();
            // The container keeps what it needs; the global repository must not grow with every reload.
            ks.getRepository().removeKieModule(releaseId);
            return container;
        }
    }

    /** A build path ("src/main/resources/rules/x.drl" or "rules/x.drl") as the analyst's path ("x.drl"). */
    static String analystPath(String buildPath) {
        String path = buildPath.startsWith("src/main/resources/") ? buildPath.substring("src/main/resources/".length()) : buildPath;
        return path.startsWith("rules/") ? path.substring("rules/".length()) : path;
    }

    /** What one decision-table file compiles to: a function of its path and bytes alone. */
    record TableCompilation(List<RuleProblem> problems, TableLayout layout, List<GeneratedSheet> sheets) {
    }

    /**
     * Reading a workbook (safety checks, layout, one spreadsheet compilation per sheet) is most of a load;
     * a reload after an analyst saved one file finds every other table here, keyed by path and content hash.
     */
    private static final Map<String, TableCompilation> TABLES = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TableCompilation> eldest) {
            return size() > TABLES_KEPT;
        }
    };
    private static final int TABLES_KEPT = 64;

    /** Forgets the tables compiled in this JVM, as a restart does; for tests of what is kept across restarts. */
    static void forgetTablesInMemory() {
        synchronized (TABLES) {
            TABLES.clear();
        }
    }

    private TableCompilation compileTable(RuleFile file) {
        String contentHash = Sha256.hex(file.content());
        String key = file.path() + '\u0000' + contentHash;
        synchronized (TABLES) {
            TableCompilation known = TABLES.get(key);
            if (known != null) {
                return known;
            }
        }
        TableCompilation compiled = kept == null ? null : kept.find(file.path(), contentHash).orElse(null);
        if (compiled == null) {
            compiled = readTable(file);
            if (kept != null && compiled.problems().stream().noneMatch(RuleProblem::isError)) {
                kept.keep(file.path(), contentHash, compiled);
            }
        }
        synchronized (TABLES) {
            TABLES.put(key, compiled);
        }
        return compiled;
    }

    private static TableCompilation readTable(RuleFile file) {
        List<RuleProblem> problems = new ArrayList<>();
        TableLayout layout = null;
        List<GeneratedSheet> sheets = List.of();
        List<RuleProblem> unsafe = WORKBOOK_SAFETY.check(file);
        if (!unsafe.isEmpty()) {
            problems.addAll(unsafe);
        } else {
            Converted converted = tableToDrl(file, problems);
            layout = converted.layout();
            sheets = converted.sheets();
            for (GeneratedSheet sheet : sheets) {
                problems.addAll(CODE_SAFETY.checkTable(sheet, layout));
            }
        }
        return new TableCompilation(List.copyOf(problems), layout, List.copyOf(sheets));
    }

    /** A table file's layout (null for CSV) and the DRL of each of its table sheets. */
    private record Converted(TableLayout layout, List<GeneratedSheet> sheets) {
    }

    /**
     * Drools compiles only the first sheet of a workbook unless told a sheet's name, so every sheet
     * holding a RuleTable gets a listener of its own; sheets without one are notes and are left alone.
     */
    private static Converted tableToDrl(RuleFile file, List<RuleProblem> problems) {
        List<GeneratedSheet> sheets = new ArrayList<>();
        if (file.path().endsWith(".csv")) {
            try {
                String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(file.content()), InputType.CSV);
                sheets.add(new GeneratedSheet(file.path(), null, drl));
            } catch (RuntimeException e) {
                problems.add(RuleProblem.error(file.path(), null, null, BuildMessageTranslator.explainTableFailure(e)));
            }
            return new Converted(null, sheets);
        }
        // One parse of the workbook serves the layout, the header check, the list of table sheets and the
        // conversion to DRL; opening it for each was a third of a cold load.
        Workbook workbook = TableLayout.open(file);
        if (workbook == null) {
            problems.add(RuleProblem.error(file.path(), null, null, "This file is not a workbook that Excel or"
                    + " LibreOffice saved: open it and save it again as .xlsx (Excel 2007-365)."));
            return new Converted(new TableLayout(file.path(), List.of()), sheets);
        }
        TableLayout layout;
        List<String> names;
        try {
            layout = TableLayout.of(file.path(), workbook);
            List<RuleProblem> headers = HEADERS.check(file.path(), workbook);
            if (!headers.isEmpty()) {
                problems.addAll(headers);
                return new Converted(layout, sheets);
            }
            names = layout.sheetsWithTables();
            if (names.isEmpty()) {
                problems.add(RuleProblem.error(file.path(), null, null, "No sheet of this workbook has a 'RuleTable <name>'"
                        + " cell, so it holds no rules. Add the table, or move the file out of the rules folder."));
                return new Converted(layout, sheets);
            }
            List<GeneratedSheet> together = allSheetsAtOnce(file, workbook, names);
            if (together != null) {
                return new Converted(layout, together);
            }
        } finally {
            // The parser closes it too when it gets that far; a second close does nothing.
            closeQuietly(workbook);
        }
        // Something in a sheet broke the conversion: sheet by sheet, so that the problem names its sheet.
        for (String sheet : names) {
            try {
                String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(file.content()), sheet);
                sheets.add(new GeneratedSheet(file.path(), sheet, drl));
            } catch (RuntimeException e) {
                problems.add(RuleProblem.error(file.path(), sheet, null, BuildMessageTranslator.explainTableFailure(e)));
            }
        }
        return new Converted(layout, sheets);
    }

    /** Every table sheet converted in one pass over the open workbook, which the parser closes; null if any failed. */
    private static List<GeneratedSheet> allSheetsAtOnce(RuleFile file, Workbook workbook, List<String> names) {
        Map<String, DefaultRuleSheetListener> listeners = new LinkedHashMap<>();
        Map<String, List<DataListener>> bySheet = new LinkedHashMap<>();
        for (String sheet : names) {
            DefaultRuleSheetListener listener = new DefaultRuleSheetListener();
            listener.setWorksheetName(sheet);
            listeners.put(sheet, listener);
            bySheet.put(sheet, List.of(listener));
        }
        try {
            new ExcelParser(bySheet).parseWorkbook(workbook);
            SpreadsheetCompiler compiler = new SpreadsheetCompiler();
            List<GeneratedSheet> sheets = new ArrayList<>();
            listeners.forEach((sheet, listener) ->
                    sheets.add(new GeneratedSheet(file.path(), sheet, compiler.listenerToString(listener))));
            return sheets;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void closeQuietly(Workbook workbook) {
        try {
            workbook.close();
        } catch (IOException | RuntimeException e) {
            // Read from bytes in memory: nothing to release that the collector will not.
        }
    }

    private static void rejectIfErrors(List<RuleProblem> problems) {
        if (problems.stream().anyMatch(RuleProblem::isError)) {
            throw new RulesetRejectedException(problems);
        }
    }
}
