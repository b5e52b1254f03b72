package com.kpipolicy.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpipolicy.policy.CompiledRuleset;
import com.kpipolicy.policy.Phases;
import com.kpipolicy.policy.Policy;
import com.kpipolicy.policy.RulesetCompiler;
import com.kpipolicy.policy.RulesetSource;
import com.kpipolicy.scenario.ScenarioFiles;
import com.kpipolicy.support.RulesFolder;
import java.nio.file.Path;
import java.util.List;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import org.mapstruct.factory.Mappers;

/**
 * Sessions are made from the rules an evaluation can fire: the tables read once at load (catalogue,
 * plans, settings, plan checks, blend shares) are left out, every rule of a phase is kept, and so is
 * a rule an analyst wrote without a group, which Drools fires after the phases.
 */
class EvaluationRulesTest {

    @Test
    void theEvaluationRulesAreEveryRuleOfAPhaseAndNoTableReadAtLoad() {
        Policy policy = RulesFolder.shippedPolicy();
        CompiledRuleset compiled = new RulesetCompiler().compile(RulesetSource.read(RulesFolder.SHIPPED));
        KieBase everything = compiled.kieBase();
        KieBase evaluation = compiled.kieBaseWith(rule -> Phases.EVALUATION.contains(((RuleImpl) rule).getAgendaGroup()));

        List<String> inPhases = rules(everything).stream().filter(r -> Phases.EVALUATION.contains(r.getAgendaGroup()))
                .map(RuleImpl::getFullyQualifiedName).sorted().toList();
        assertThat(rules(everything).stream().map(RuleImpl::getAgendaGroup))
                .contains("catalog", "planning", "settings", "plan-checks");
        assertThat(rules(policy.kieBase()).stream().map(RuleImpl::getFullyQualifiedName).sorted().toList())
                .isNotEmpty().isEqualTo(inPhases);
        assertThat(rules(evaluation).stream().map(RuleImpl::getFullyQualifiedName).sorted().toList()).isEqualTo(inPhases);
        assertThat(rules(everything)).as("the whole ruleset is untouched by the copy").hasSizeGreaterThan(inPhases.size())
                .extracting(RuleImpl::getAgendaGroup).contains("catalog");
    }

    @Test
    void aRuleWithoutAGroupStillFiresAfterThePhases(@TempDir Path dir) {
        Policy policy = RulesFolder.copyOfShipped(dir).write("late-review.drl", """
                package rules.late;
                import com.kpipolicy.policy.fact.*;

                rule "Late review: every graded evaluation is looked at"
                when
                    Grade()
                then
                    insert(new StatusFlag("REVIEW", "late-review"));
                end
                """).load();
        EvaluationRequest request = ScenarioFiles.readAll(Path.of("scenarios/weights")).stream()
                .filter(s -> s.name().equals("saas-plan-is-the-article-fusion-case")).findFirst().orElseThrow().request();

        Evaluator.Evaluated evaluated = new Evaluator(Mappers.getMapper(EvaluationMapper.class)).evaluate(policy, request);

        assertThat(evaluated.outcome().status()).isEqualTo("REVIEW");
        assertThat(evaluated.outcome().firedRules()).contains("late-review.drl: Late review: every graded evaluation is looked at");
    }

    /**
     * A type declared in DRL is made by the engine, in the class loader of each KieBase, under the same name at every
     * load; the class path's lookups, remembered across loads, must not answer for it.
     */
    @Test
    void aTypeAnAnalystDeclaresInDrlWorksInTheEvaluationRulesAtEveryLoad(@TempDir Path dir) {
        RulesFolder folder = RulesFolder.copyOfShipped(dir).write("review-notes.drl", """
                package rules.review;
                import com.kpipolicy.policy.fact.*;

                declare ReviewNote
                    reason : String
                end

                rule "Review note: every graded evaluation gets one"
                when
                    Grade()
                then
                    insert(new ReviewNote("graded"));
                end

                rule "Review note: a noted evaluation is flagged for review"
                when
                    ReviewNote(reason == "graded")
                then
                    insert(new StatusFlag("REVIEW", "review-note"));
                end
                """);
        EvaluationRequest request = ScenarioFiles.readAll(Path.of("scenarios/weights")).stream()
                .filter(s -> s.name().equals("saas-plan-is-the-article-fusion-case")).findFirst().orElseThrow().request();
        Evaluator evaluator = new Evaluator(Mappers.getMapper(EvaluationMapper.class));

        for (int load = 1; load <= 2; load++) {
            Policy policy = folder.load();
            Evaluator.Evaluated evaluated = evaluator.evaluate(policy, request);

            assertThat(evaluated.outcome().status()).as("load %d", load).isEqualTo("REVIEW");
            assertThat(evaluated.outcome().firedRules()).as("load %d", load)
                    .contains("review-notes.drl: Review note: a noted evaluation is flagged for review");
        }
    }

    private static List<RuleImpl> rules(KieBase kieBase) {
        return kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream()).map(RuleImpl.class::cast).toList();
    }
}
