package com.kpipolicy.policy;

import java.nio.charset.StandardCharsets;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * The same rules built with Drools' executable model instead of MVEL, for measuring only: does the engine get
 * faster? Two edits to the rules' text are needed (the service does not make them): the executable model's
 * {@code drools} is not a {@code RuleContext}, so table actions get {@code kcontext}; and it cannot type the
 * {@code $low.size() > 0} test on a {@code collectList} result, which becomes an {@code eval} with a cast.
 */
public final class ExecutableModelBuild {
    private ExecutableModelBuild() {
    }

    /** {@code loaded}, with its evaluation KieBase and pool replaced by the executable model's. */
    public static Policy of(Policy loaded) {
        RulesetSource source = loaded.source();
        CompiledRuleset mvel = new RulesetCompiler().compile(source);
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("com.kpipolicy.bench", "executable-model-" + source.version(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        for (RuleFile file : source.files()) {
            if (file.isDrl()) {
                kfs.write("src/main/resources/rules/" + file.path(), edited(new String(file.content(), StandardCharsets.UTF_8)));
            }
        }
        mvel.generatedDrl().forEach((name, sheet) -> kfs.write("src/main/resources/rules/" + name, edited(sheet.drl())));
        long started = System.nanoTime();
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException("The executable model did not build: " + builder.getResults().getMessages());
        }
        KieContainer container = ks.newKieContainer(releaseId);
        container.getKieBase();
        System.out.printf("executable model built in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        ks.getRepository().removeKieModule(releaseId);
        CompiledRuleset executable = new CompiledRuleset(source, container, mvel.generatedDrl(), mvel.layouts(), mvel.warnings());
        KieBase evaluation = executable.kieBaseWith(Phases::evaluates);
        return new Policy(source, loaded.manifest(), evaluation, evaluation.newKieSessionsPool(2), loaded.catalog(),
                loaded.plans(), loaded.blends(), loaded.settings(), loaded.origins(), loaded.warnings(), loaded.loadedAt());
    }

    private static String edited(String drl) {
        return drl.replace("(drools,", "(kcontext,")
                .replace("$low : collectList($k);\n        $low.size() > 0)",
                        "$low : collectList($k))\n    eval(!((java.util.List) $low).isEmpty())");
    }
}
