package com.kpipolicy.evaluation;

import com.kpipolicy.policy.Plan;
import com.kpipolicy.policy.PlanLine;
import com.kpipolicy.policy.PolicyDefectException;
import com.kpipolicy.policy.fact.Alert;
import com.kpipolicy.policy.fact.BonusMultiplier;
import com.kpipolicy.policy.fact.KpiForecast;
import com.kpipolicy.policy.fact.PeriodProgress;
import com.kpipolicy.policy.fact.ProjectedTotal;
import com.kpipolicy.policy.fact.Decimals;
import com.kpipolicy.policy.fact.Grade;
import com.kpipolicy.policy.fact.GuardrailHit;
import com.kpipolicy.policy.fact.KpiScore;
import com.kpipolicy.policy.fact.Promotion;
import com.kpipolicy.policy.fact.ScoreAdjustment;
import com.kpipolicy.policy.fact.StatusFlag;
import com.kpipolicy.policy.fact.TeamPart;
import com.kpipolicy.policy.fact.TotalScore;
import com.kpipolicy.policy.fact.TrainingRecommendation;
import com.kpipolicy.policy.fact.WeightedScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads what the rules left in a session into an outcome, rounded once for reporting. */
final class OutcomeReader {
    /** Most severe first: a status lower in this list never hides one above it. */
    static final List<String> STATUS_SEVERITY = List.of("INTERIM", "PROVISIONAL", "REVIEW");
    static final String FINAL = "FINAL";

    EvaluationOutcome read(SessionFacts session, Plan plan, List<String> fired) {
        Map<String, WeightedScore> weighted = facts(session, WeightedScore.class).stream()
                .collect(Collectors.toMap(WeightedScore::getKpi, Function.identity(), (a, b) -> {
                    throw new PolicyDefectException("Two weighted scores were produced for " + a.getKpi());
                }));
        List<EvaluationOutcome.KpiResult> kpis = new ArrayList<>();
        for (PlanLine line : plan.lines()) {
            WeightedScore w = weighted.get(line.kpi().id());
            if (w == null) {
                throw new PolicyDefectException("No rule scored KPI " + line.kpi().id() + " (" + line.kpi().direction()
                        + "): check scoring.drl");
            }
            KpiScore s = w.getScore();
            kpis.add(new EvaluationOutcome.KpiResult(s.getKpi(), s.getCategory(), s.getWeight(),
                    Decimals.achievement(s.getAchievement()), Decimals.points(s.getPoints()), Decimals.points(w.getValue())));
        }
        TotalScore total = single(session, TotalScore.class, "total score", "scoring.drl");
        Grade grade = single(session, Grade.class, "grade for total " + total.getValue(), "grades.drl.xlsx");
        BonusMultiplier bonus = single(session, BonusMultiplier.class, "bonus multiplier", "grades.drl.xlsx");
        Map<String, List<EvaluationOutcome.ScoreChange>> changes = changesByGuardrail(weighted.values(), bonus);
        List<EvaluationOutcome.GuardrailResult> guardrails = facts(session, GuardrailHit.class).stream()
                .map(hit -> new EvaluationOutcome.GuardrailResult(hit.getId(), hit.getEffect(), hit.getMessage(),
                        List.copyOf(changes.getOrDefault(hit.getId(), List.of()))))
                .sorted(Comparator.comparing(EvaluationOutcome.GuardrailResult::id))
                .toList();
        List<Promotion> promotions = facts(session, Promotion.class);
        String promotion = promotions.size() == 1 ? promotions.get(0).getEligibility() : null;
        List<EvaluationOutcome.Training> training = facts(session, TrainingRecommendation.class).stream()
                .map(t -> new EvaluationOutcome.Training(t.getKpi(), t.getRecommendation()))
                .sorted(Comparator.comparingInt(t -> planOrder(plan, t.kpi())))
                .toList();
        return new EvaluationOutcome(plan.planId(), List.copyOf(kpis), total.getValue(), grade.getLetter(),
                bonus.getValue(), blend(total), status(session), guardrails, promotion, training, forecast(session, plan),
                alerts(session, plan), fired);
    }

    private static EvaluationOutcome.Forecast forecast(SessionFacts session, Plan plan) {
        List<PeriodProgress> progress = facts(session, PeriodProgress.class);
        if (progress.isEmpty()) {
            return null;
        }
        ProjectedTotal total = single(session, ProjectedTotal.class, "projected total", "forecast.drl");
        List<EvaluationOutcome.KpiPace> kpis = facts(session, KpiForecast.class).stream()
                .sorted(Comparator.comparingInt(f -> planOrder(plan, f.getKpi())))
                .map(f -> new EvaluationOutcome.KpiPace(f.getKpi(), Decimals.achievement(f.getPace()),
                        Decimals.points(f.getProjectedPoints())))
                .toList();
        return new EvaluationOutcome.Forecast(Decimals.achievement(progress.get(0).getElapsedShare()),
                Decimals.points(total.getExact()), kpis);
    }

    private static List<EvaluationOutcome.AlertResult> alerts(SessionFacts session, Plan plan) {
        return facts(session, Alert.class).stream()
                .sorted(Comparator.comparingInt(a -> planOrder(plan, a.getKpi())))
                .map(a -> new EvaluationOutcome.AlertResult(a.getKpi(), a.getType(), Decimals.achievement(a.getPace())))
                .toList();
    }

    private static int planOrder(Plan plan, String kpi) {
        List<PlanLine> lines = plan.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kpi().id().equals(kpi)) {
                return i;
            }
        }
        return -1;
    }

    BigDecimal teamTotal(SessionFacts session) {
        return single(session, TotalScore.class, "team total score", "scoring.drl").getExact();
    }

    private static EvaluationOutcome.Blend blend(TotalScore total) {
        if (!total.isBlended()) {
            return null;
        }
        TeamPart team = total.getTeam();
        return new EvaluationOutcome.Blend(team.getIndividualShare(), team.getTeamShare(),
                Decimals.points(total.getIndividualExact()), Decimals.points(team.getTeamTotal()));
    }

    private static String status(SessionFacts session) {
        List<String> raised = facts(session, StatusFlag.class).stream().map(StatusFlag::getStatus).toList();
        return STATUS_SEVERITY.stream().filter(raised::contains).findFirst().orElse(FINAL);
    }

    /** What each guardrail changed, gathered in one pass: KPI scores in KPI order, then the bonus multiplier. */
    private static Map<String, List<EvaluationOutcome.ScoreChange>> changesByGuardrail(Collection<WeightedScore> scores,
                                                                                     BonusMultiplier bonus) {
        Map<String, List<EvaluationOutcome.ScoreChange>> changes = new HashMap<>();
        List<WeightedScore> byKpi = new ArrayList<>(scores);
        byKpi.sort(Comparator.comparing(WeightedScore::getKpi));
        for (WeightedScore w : byKpi) {
            for (ScoreAdjustment a : w.getScore().getAdjustments()) {
                changes.computeIfAbsent(a.guardrail(), g -> new ArrayList<>()).add(change(w.getKpi(), "score", a));
            }
        }
        for (ScoreAdjustment a : bonus.getAdjustments()) {
            changes.computeIfAbsent(a.guardrail(), g -> new ArrayList<>())
                    .add(new EvaluationOutcome.ScoreChange(null, "bonusMultiplier", a.from(), a.to()));
        }
        return changes;
    }

    private static EvaluationOutcome.ScoreChange change(String kpi, String field, ScoreAdjustment a) {
        return new EvaluationOutcome.ScoreChange(kpi, field, Decimals.points(a.from()), Decimals.points(a.to()));
    }

    private static <T> List<T> facts(SessionFacts session, Class<T> type) {
        return session.all(type);
    }

    private static <T> T single(SessionFacts session, Class<T> type, String what, String file) {
        List<T> found = facts(session, type);
        if (found.size() != 1) {
            throw new PolicyDefectException("The rules produced " + found.size() + " " + what + " result(s) instead of"
                    + " exactly one: check " + file);
        }
        return found.get(0);
    }
}
