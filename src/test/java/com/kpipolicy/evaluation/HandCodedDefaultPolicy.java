package com.kpipolicy.evaluation;

import com.kpipolicy.policy.fact.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The shipped default policy of rules/ written out by hand in plain Java: the yardstick the
 * benchmarks hold the rule engine against. Test and benchmark scope only; in main, the Java side
 * knows no KPI, weight or threshold. {@code HandCodedPolicyMatchesTheRulesTest} proves it answers
 * like the rules on the whole scenario corpus, so a change to rules/ that is not copied here fails
 * the build instead of silently benchmarking a different policy.
 */
public final class HandCodedDefaultPolicy {
    private static final BigDecimal CAP = new BigDecimal("1.5");
    private static final BigDecimal FLOOR = new BigDecimal("0.5");
    private static final BigDecimal CUSTOMER_VALUE_FLOOR = new BigDecimal("0.8");
    private static final BigDecimal RESULT_SCORE_CAP = new BigDecimal("100");
    private static final BigDecimal MIN_COLLECTION_RATE = new BigDecimal("0.7");
    private static final BigDecimal COLLECTION_BONUS_CAP = new BigDecimal("1.0");
    private static final BigDecimal MAX_PERIOD_END_SHARE = new BigDecimal("0.5");
    private static final BigDecimal MAX_AVG_DISCOUNT = new BigDecimal("0.25");
    private static final BigDecimal MIN_CRM_COMPLETENESS = new BigDecimal("0.8");
    private static final BigDecimal MAX_CHURN_SHARE = new BigDecimal("0.2");
    private static final BigDecimal MIN_PACE = new BigDecimal("0.8");
    private static final BigDecimal TRAINING_BELOW = new BigDecimal("0.8");

    private record Kpi(String id, String category, boolean lowerIsBetter) {
    }

    private record Line(Kpi kpi, BigDecimal weight) {
    }

    private record PlanRow(String variant, String industry, String stage, String mode, String planId, List<Line> lines) {
        boolean matches(String v, String i, String s, String m) {
            return (variant == null || variant.equals(v)) && (industry == null || industry.equals(i))
                    && (stage == null || stage.equals(s)) && (mode == null || mode.equals(m));
        }

        /** A filled cell further left outranks all cells to its right. */
        int specificity() {
            return (variant != null ? 8 : 0) + (industry != null ? 4 : 0) + (stage != null ? 2 : 0) + (mode != null ? 1 : 0);
        }
    }

    private static final Map<String, Kpi> CATALOG = catalog(
            "SALES_AMOUNT RESULT", "COLLECTION_RATE RESULT", "NEW_CUSTOMERS PROCESS", "RENEWAL_RATE CUSTOMER_VALUE",
            "NPS CUSTOMER_VALUE", "AVG_ORDER_CYCLE_DAYS EFFICIENCY LOWER", "TEAM_COLLABORATION COLLABORATION",
            "CRM_DATA_COMPLETENESS DIGITAL", "SIGNED_CONTRACT_AMOUNT RESULT", "REGIONAL_SALES RESULT",
            "ENROLMENTS RESULT", "FIRST_ORDER_CONVERSION PROCESS", "LEAD_CONVERSION PROCESS",
            "FOLLOW_UP_COMPLETION PROCESS", "KEY_MILESTONE_COMPLETION PROCESS", "PROJECT_PROGRESS PROCESS",
            "TRIAL_CLASS_CONVERSION PROCESS", "NEW_CHANNELS PROCESS", "CHANNEL_DEVELOPMENT PROCESS",
            "MARKET_COVERAGE PROCESS", "DISTRIBUTION_RATE PROCESS", "PARTNER_MANAGEMENT PROCESS",
            "SOLUTION_INNOVATION PROCESS", "CUSTOMER_RETENTION CUSTOMER_VALUE", "CUSTOMER_LIFETIME_VALUE CUSTOMER_VALUE",
            "USER_ACTIVITY CUSTOMER_VALUE", "REPEAT_CUSTOMER_GROWTH CUSTOMER_VALUE", "REFERRALS CUSTOMER_VALUE",
            "CUSTOMER_SUCCESS_CASES CUSTOMER_VALUE", "PHARMACY_SELL_THROUGH CUSTOMER_VALUE",
            "STUDENT_RENEWAL CUSTOMER_VALUE", "CROSS_DEPARTMENT_PROJECTS COLLABORATION",
            "DELIVERY_SATISFACTION COLLABORATION", "REP_COLLABORATION COLLABORATION",
            "TEACHING_COLLABORATION COLLABORATION", "CRM_ACCURACY DIGITAL", "AUTOMATION_RATE DIGITAL",
            "TRAINING_PARTICIPATION GROWTH", "KNOWLEDGE_SHARING GROWTH");

    private static final List<PlanRow> PLANS = List.of(
            row("- SAAS - - SAAS_FUSION", "SALES_AMOUNT 35, NEW_CUSTOMERS 15, RENEWAL_RATE 20, NPS 10, TEAM_COLLABORATION 10, CRM_DATA_COMPLETENESS 10"),
            row("- B2B - - B2B_LONG_CYCLE", "SALES_AMOUNT 30, COLLECTION_RATE 20, NEW_CUSTOMERS 15, RENEWAL_RATE 15, AVG_ORDER_CYCLE_DAYS 10, TEAM_COLLABORATION 10"),
            row("- B2C - - B2C_REPEAT_PURCHASE", "SALES_AMOUNT 45, NEW_CUSTOMERS 20, RENEWAL_RATE 15, NPS 10, CRM_DATA_COMPLETENESS 10"),
            row("- FMCG - - FMCG_CHANNEL_COVERAGE", "SALES_AMOUNT 45, CHANNEL_DEVELOPMENT 10, MARKET_COVERAGE 10, DISTRIBUTION_RATE 10, RENEWAL_RATE 15, TEAM_COLLABORATION 10"),
            row("- IT_SOLUTIONS - - IT_SOLUTIONS_DELIVERY", "SIGNED_CONTRACT_AMOUNT 35, COLLECTION_RATE 10, KEY_MILESTONE_COMPLETION 20, CUSTOMER_SUCCESS_CASES 15, DELIVERY_SATISFACTION 10, CRM_DATA_COMPLETENESS 10"),
            row("- PHARMA - - PHARMA_REGIONAL", "REGIONAL_SALES 35, COLLECTION_RATE 10, NEW_CHANNELS 20, PHARMACY_SELL_THROUGH 15, REP_COLLABORATION 10, CRM_ACCURACY 10"),
            row("- EDUCATION - - EDUCATION_ENROLMENT", "ENROLMENTS 45, TRIAL_CLASS_CONVERSION 20, STUDENT_RENEWAL 15, TEACHING_COLLABORATION 10, CRM_DATA_COMPLETENESS 10"),
            row("- B2B STARTUP - B2B_STARTUP", "SALES_AMOUNT 50, NEW_CUSTOMERS 20, LEAD_CONVERSION 15, NPS 15"),
            row("- B2C STARTUP - B2C_STARTUP", "SALES_AMOUNT 50, NEW_CUSTOMERS 20, FIRST_ORDER_CONVERSION 15, NPS 15"),
            row("- FMCG STARTUP - FMCG_STARTUP", "SALES_AMOUNT 50, NEW_CUSTOMERS 20, CHANNEL_DEVELOPMENT 15, RENEWAL_RATE 15"),
            row("- IT_SOLUTIONS STARTUP - IT_SOLUTIONS_STARTUP", "SIGNED_CONTRACT_AMOUNT 50, NEW_CUSTOMERS 20, KEY_MILESTONE_COMPLETION 15, CUSTOMER_SUCCESS_CASES 15"),
            row("- PHARMA STARTUP - PHARMA_STARTUP", "REGIONAL_SALES 50, NEW_CUSTOMERS 15, NEW_CHANNELS 20, PHARMACY_SELL_THROUGH 15"),
            row("- EDUCATION STARTUP - EDUCATION_STARTUP", "ENROLMENTS 50, FOLLOW_UP_COMPLETION 15, TRIAL_CLASS_CONVERSION 20, NPS 15"),
            row("- B2B MATURE - B2B_MATURE_PIPELINE", "SALES_AMOUNT 30, COLLECTION_RATE 20, LEAD_CONVERSION 10, FOLLOW_UP_COMPLETION 10, PROJECT_PROGRESS 10, CUSTOMER_LIFETIME_VALUE 20"),
            row("- FMCG MATURE - FMCG_MATURE", "SALES_AMOUNT 40, MARKET_COVERAGE 10, DISTRIBUTION_RATE 10, PARTNER_MANAGEMENT 10, CUSTOMER_RETENTION 20, AUTOMATION_RATE 10"),
            row("- IT_SOLUTIONS MATURE - IT_SOLUTIONS_MATURE", "SIGNED_CONTRACT_AMOUNT 40, KEY_MILESTONE_COMPLETION 15, SOLUTION_INNOVATION 15, CUSTOMER_LIFETIME_VALUE 10, CUSTOMER_SUCCESS_CASES 10, DELIVERY_SATISFACTION 10"),
            row("- PHARMA MATURE - PHARMA_MATURE", "REGIONAL_SALES 40, NEW_CHANNELS 10, MARKET_COVERAGE 15, PHARMACY_SELL_THROUGH 20, REP_COLLABORATION 5, CRM_ACCURACY 10"),
            row("- EDUCATION MATURE - EDUCATION_MATURE", "ENROLMENTS 35, TRIAL_CLASS_CONVERSION 15, SOLUTION_INNOVATION 10, STUDENT_RENEWAL 20, TEACHING_COLLABORATION 10, CRM_DATA_COMPLETENESS 10"),
            row("- B2B - CHANNEL B2B_CHANNEL", "SALES_AMOUNT 40, COLLECTION_RATE 10, CHANNEL_DEVELOPMENT 10, MARKET_COVERAGE 10, PARTNER_MANAGEMENT 10, RENEWAL_RATE 20"),
            row("- B2C - CHANNEL B2C_CHANNEL", "SALES_AMOUNT 50, CHANNEL_DEVELOPMENT 10, MARKET_COVERAGE 10, PARTNER_MANAGEMENT 10, RENEWAL_RATE 10, NPS 10"),
            row("- IT_SOLUTIONS - CHANNEL IT_SOLUTIONS_CHANNEL", "SIGNED_CONTRACT_AMOUNT 40, COLLECTION_RATE 10, CHANNEL_DEVELOPMENT 10, PARTNER_MANAGEMENT 15, CUSTOMER_SUCCESS_CASES 15, DELIVERY_SATISFACTION 10"),
            row("- EDUCATION - CHANNEL EDUCATION_CHANNEL", "ENROLMENTS 45, CHANNEL_DEVELOPMENT 10, MARKET_COVERAGE 10, PARTNER_MANAGEMENT 10, STUDENT_RENEWAL 15, TEACHING_COLLABORATION 10"),
            row("- B2B - PROJECT B2B_PROJECT", "SALES_AMOUNT 35, COLLECTION_RATE 15, KEY_MILESTONE_COMPLETION 15, SOLUTION_INNOVATION 10, RENEWAL_RATE 15, TEAM_COLLABORATION 10"),
            row("PERFORMANCE_GROWTH - - - FAQ1_PERFORMANCE_GROWTH", "SIGNED_CONTRACT_AMOUNT 50, NEW_CUSTOMERS 20, KNOWLEDGE_SHARING 15, CROSS_DEPARTMENT_PROJECTS 15"),
            row("SHORT_LONG_TERM - - - FAQ3_SHORT_LONG_TERM", "SALES_AMOUNT 50, REPEAT_CUSTOMER_GROWTH 20, NPS 15, REFERRALS 15"));

    private static final Map<String, BigDecimal[]> BLEND = Map.of(
            "DIRECT", new BigDecimal[] {new BigDecimal("90"), new BigDecimal("10")},
            "CHANNEL", new BigDecimal[] {new BigDecimal("80"), new BigDecimal("20")},
            "PROJECT", new BigDecimal[] {new BigDecimal("60"), new BigDecimal("40")});

    private static final Map<String, String> TRAINING = Map.of(
            "RESULT", "Deal coaching: pipeline review and closing techniques with the sales manager",
            "PROCESS", "Sales process workshop: lead qualification, follow-up cadence and milestones",
            "CUSTOMER_VALUE", "Customer success training: renewal conversations, NPS follow-up, account planning",
            "EFFICIENCY", "Time management and deal-cycle review: remove stalls between stages",
            "COLLABORATION", "Cross-team collaboration workshop with delivery and product",
            "DIGITAL", "CRM hygiene session: complete, accurate records and use of automation",
            "GROWTH", "Personal development plan: training courses and knowledge-sharing sessions");

    /** A KPI's score as the guardrails leave it, with what each one changed. */
    private static final class Score {
        final Line line;
        final BigDecimal achievement;
        BigDecimal points;
        final List<EvaluationOutcome.ScoreChange> changes = new ArrayList<>();
        final List<String> changedBy = new ArrayList<>();

        Score(Line line, BigDecimal achievement) {
            this.line = line;
            this.achievement = achievement;
            this.points = achievement.compareTo(FLOOR) < 0 ? BigDecimal.ZERO : achievement.min(CAP).multiply(Decimals.HUNDRED);
        }

        void adjust(BigDecimal to, String guardrail) {
            changes.add(new EvaluationOutcome.ScoreChange(line.kpi().id(), "score", Decimals.points(points), Decimals.points(to)));
            changedBy.add(guardrail);
            points = to;
        }
    }

    private record Hit(String id, String effect, String message) {
    }

    /** The plan id for a context, or null where the weights table has no row (the service refuses those). */
    public static String planId(String variant, String industry, String stage, String mode) {
        PlanRow plan = plan(variant, industry, stage, mode);
        return plan == null ? null : plan.planId();
    }

    public EvaluationOutcome evaluate(EvaluationInput input) {
        var context = input.context();
        PlanRow plan = plan(context.planVariant(), context.industry(), context.stage(), context.salesMode());
        if (plan == null) {
            throw new IllegalArgumentException("no plan for " + context);
        }
        List<Hit> hits = new ArrayList<>();
        List<Score> scores = scores(plan, input.metrics());
        EvaluationInput.BehaviourSignals signals = input.signals();
        boolean review = false;
        boolean provisional = false;

        customerValueFloor(scores, hits);
        BigDecimal discount = signals.avgDiscount();
        if (discount != null && discount.compareTo(MAX_AVG_DISCOUNT) > 0) {
            hits.add(new Hit("DISCOUNT_DEPTH", "CAP_RESULT_SCORES", "Average discount " + pct(discount)
                    + " is above the limit of " + pct(MAX_AVG_DISCOUNT) + ": RESULT KPI scores are capped at "
                    + RESULT_SCORE_CAP.toPlainString() + " points."));
            capResultScores(scores, "DISCOUNT_DEPTH");
        }
        BigDecimal churn = signals.newCustomerChurn90d();
        if (churn != null && churn.compareTo(MAX_CHURN_SHARE) > 0) {
            hits.add(new Hit("NEW_CUSTOMER_CHURN", "REDUCE_NEW_CUSTOMER_CREDIT", pct(churn)
                    + " of new customers were lost within 90 days (more than " + pct(MAX_CHURN_SHARE)
                    + "): the NEW_CUSTOMERS score keeps only the retained " + pct(BigDecimal.ONE.subtract(churn)) + "."));
            for (Score s : scores) {
                if (s.line.kpi().id().equals("NEW_CUSTOMERS")) {
                    s.adjust(s.points.multiply(BigDecimal.ONE.subtract(churn)), "NEW_CUSTOMER_CHURN");
                }
            }
        }
        boolean collectionFloor = collectionFloor(plan, input.metrics(), signals, hits);
        review |= collectionFloor;
        BigDecimal spike = signals.periodEndSalesShare();
        if (spike != null && spike.compareTo(MAX_PERIOD_END_SHARE) > 0) {
            hits.add(new Hit("PERIOD_END_SPIKE", "FLAG_REVIEW", pct(spike) + " of the period's sales were booked in"
                    + " its last 15% of days (more than " + pct(MAX_PERIOD_END_SHARE)
                    + "): the evaluation needs review before it is paid."));
            review = true;
        }
        BigDecimal crm = planMetric(plan, input.metrics(), "CRM_DATA_COMPLETENESS");
        boolean crmGate = crm != null && crm.compareTo(MIN_CRM_COMPLETENESS) < 0;
        if (crmGate) {
            hits.add(new Hit("CRM_DATA_GATE", "WITHHOLD_BONUS", "CRM data completeness " + pct(crm) + " is below "
                    + pct(MIN_CRM_COMPLETENESS) + ": the evaluation is provisional and no bonus is paid until the CRM"
                    + " data is corrected."));
            provisional = true;
        }

        BigDecimal individual = total(scores);
        BigDecimal exact = individual;
        EvaluationOutcome.Blend blend = null;
        if (input.hasTeam()) {
            BigDecimal[] shares = BLEND.get(context.salesMode());
            BigDecimal team = teamTotal(plan, input.teamMetrics());
            exact = Decimals.percentOf(shares[0], individual).add(Decimals.percentOf(shares[1], team));
            blend = new EvaluationOutcome.Blend(shares[0], shares[1], Decimals.points(individual), Decimals.points(team));
        }
        BigDecimal total = Decimals.points(exact);
        String grade = grade(total);
        BigDecimal bonus = bonus(grade);
        List<EvaluationOutcome.ScoreChange> bonusChanges = new ArrayList<>();
        if (collectionFloor && bonus.compareTo(COLLECTION_BONUS_CAP) > 0) {
            bonusChanges.add(new EvaluationOutcome.ScoreChange(null, "bonusMultiplier", bonus, COLLECTION_BONUS_CAP));
            bonus = COLLECTION_BONUS_CAP;
        }
        BigDecimal crmBonusFrom = bonus;
        if (crmGate && bonus.signum() > 0) {
            bonus = BigDecimal.ZERO;
        }

        EvaluationOutcome.Forecast forecast = null;
        List<EvaluationOutcome.AlertResult> alerts = List.of();
        if (input.asOf() != null) {
            BigDecimal elapsed = ReportingPeriod.parse(input.period()).orElseThrow().elapsedShare(input.asOf());
            List<EvaluationOutcome.KpiPace> paces = new ArrayList<>();
            List<EvaluationOutcome.AlertResult> atRisk = new ArrayList<>();
            BigDecimal projected = BigDecimal.ZERO;
            for (Score s : scores) {
                BigDecimal pace = Decimals.ratio(s.achievement, elapsed);
                BigDecimal points = pace.compareTo(FLOOR) < 0 ? BigDecimal.ZERO : pace.min(CAP).multiply(Decimals.HUNDRED);
                projected = projected.add(Decimals.percentOf(s.line.weight(), points));
                paces.add(new EvaluationOutcome.KpiPace(s.line.kpi().id(), Decimals.achievement(pace), Decimals.points(points)));
                if (pace.compareTo(MIN_PACE) < 0) {
                    atRisk.add(new EvaluationOutcome.AlertResult(s.line.kpi().id(), "AT_RISK", Decimals.achievement(pace)));
                }
            }
            forecast = new EvaluationOutcome.Forecast(Decimals.achievement(elapsed), Decimals.points(projected), List.copyOf(paces));
            alerts = List.copyOf(atRisk);
        }
        String status = input.asOf() != null ? "INTERIM" : provisional ? "PROVISIONAL" : review ? "REVIEW" : "FINAL";

        List<EvaluationOutcome.KpiResult> kpis = new ArrayList<>(scores.size());
        List<EvaluationOutcome.Training> training = new ArrayList<>();
        for (Score s : scores) {
            Kpi kpi = s.line.kpi();
            kpis.add(new EvaluationOutcome.KpiResult(kpi.id(), kpi.category(), s.line.weight(),
                    Decimals.achievement(s.achievement), Decimals.points(s.points),
                    Decimals.points(Decimals.percentOf(s.line.weight(), s.points))));
            if (s.achievement.compareTo(TRAINING_BELOW) < 0) {
                training.add(new EvaluationOutcome.Training(kpi.id(), TRAINING.get(kpi.category())));
            }
        }
        List<EvaluationOutcome.GuardrailResult> guardrails = hits.stream()
                .map(h -> new EvaluationOutcome.GuardrailResult(h.id(), h.effect(), h.message(), changes(h.id(), scores,
                        h.id().equals("COLLECTION_FLOOR") ? bonusChanges : h.id().equals("CRM_DATA_GATE")
                                && crmBonusFrom.signum() > 0 ? List.of(new EvaluationOutcome.ScoreChange(null,
                                "bonusMultiplier", crmBonusFrom, BigDecimal.ZERO)) : List.of())))
                .sorted(Comparator.comparing(EvaluationOutcome.GuardrailResult::id))
                .toList();
        return new EvaluationOutcome(plan.planId(), List.copyOf(kpis), total, grade, bonus, blend, status, guardrails,
                promotion(grade), List.copyOf(training), forecast, alerts, List.of());
    }

    /** The team is scored with the same plan up to its total, without the individual's behaviour signals. */
    private static BigDecimal teamTotal(PlanRow plan, List<EvaluationInput.Measurement> metrics) {
        List<Score> scores = scores(plan, metrics);
        customerValueFloor(scores, new ArrayList<>());
        return total(scores);
    }

    private static List<Score> scores(PlanRow plan, List<EvaluationInput.Measurement> metrics) {
        List<Score> scores = new ArrayList<>(plan.lines().size());
        for (Line line : plan.lines()) {
            EvaluationInput.Measurement m = measurement(metrics, line.kpi().id());
            scores.add(new Score(line, achievement(line.kpi(), m)));
        }
        return scores;
    }

    private static BigDecimal achievement(Kpi kpi, EvaluationInput.Measurement m) {
        BigDecimal actual = m.actual();
        if (kpi.lowerIsBetter() && actual.signum() == 0) {
            return CAP;
        }
        if (m.targetLow() == null || m.targetHigh() == null) {
            return kpi.lowerIsBetter() ? Decimals.ratio(m.target(), actual) : Decimals.ratio(actual, m.target());
        }
        if (actual.compareTo(m.targetLow()) >= 0 && actual.compareTo(m.targetHigh()) <= 0) {
            return BigDecimal.ONE;
        }
        boolean below = actual.compareTo(m.targetLow()) < 0;
        if (kpi.lowerIsBetter()) {
            return Decimals.ratio(below ? m.targetLow() : m.targetHigh(), actual);
        }
        return Decimals.ratio(actual, below ? m.targetLow() : m.targetHigh());
    }

    private static void customerValueFloor(List<Score> scores, List<Hit> hits) {
        List<String> low = new ArrayList<>();
        for (Score s : scores) {
            if (s.line.kpi().category().equals("CUSTOMER_VALUE") && s.achievement.compareTo(CUSTOMER_VALUE_FLOOR) < 0) {
                low.add(s.line.kpi().id());
            }
        }
        if (!low.isEmpty()) {
            low.sort(Comparator.naturalOrder());
            hits.add(new Hit("CUSTOMER_VALUE_FLOOR", "CAP_RESULT_SCORES", "Customer-value KPI below "
                    + pct(CUSTOMER_VALUE_FLOOR) + " of target (" + String.join(", ", low)
                    + "): RESULT KPI scores are capped at " + RESULT_SCORE_CAP.toPlainString() + " points."));
            capResultScores(scores, "CUSTOMER_VALUE_FLOOR");
        }
    }

    private static void capResultScores(List<Score> scores, String guardrail) {
        for (Score s : scores) {
            if (s.line.kpi().category().equals("RESULT") && s.points.compareTo(RESULT_SCORE_CAP) > 0) {
                s.adjust(RESULT_SCORE_CAP, guardrail);
            }
        }
    }

    private static boolean collectionFloor(PlanRow plan, List<EvaluationInput.Measurement> metrics,
                                           EvaluationInput.BehaviourSignals signals, List<Hit> hits) {
        boolean inPlan = plan.lines().stream().anyMatch(l -> l.kpi().id().equals("COLLECTION_RATE"));
        BigDecimal rate = inPlan ? planMetric(plan, metrics, "COLLECTION_RATE") : signals.collectionRate();
        if (rate == null || rate.compareTo(MIN_COLLECTION_RATE) >= 0) {
            return false;
        }
        hits.add(new Hit("COLLECTION_FLOOR", "CAP_BONUS_MULTIPLIER", "Collection rate " + pct(rate)
                + (inPlan ? "" : " (signal)") + " is below the floor of " + pct(MIN_COLLECTION_RATE)
                + ": the bonus multiplier is capped at " + COLLECTION_BONUS_CAP.toPlainString()
                + " and the evaluation needs review."));
        return true;
    }

    private static BigDecimal planMetric(PlanRow plan, List<EvaluationInput.Measurement> metrics, String kpi) {
        if (plan.lines().stream().noneMatch(l -> l.kpi().id().equals(kpi))) {
            return null;
        }
        EvaluationInput.Measurement m = measurement(metrics, kpi);
        return m == null ? null : m.actual();
    }

    private static EvaluationInput.Measurement measurement(List<EvaluationInput.Measurement> metrics, String kpi) {
        for (EvaluationInput.Measurement m : metrics) {
            if (m.kpi().equals(kpi)) {
                return m;
            }
        }
        return null;
    }

    private static BigDecimal total(List<Score> scores) {
        BigDecimal total = BigDecimal.ZERO;
        for (Score s : scores) {
            total = total.add(Decimals.percentOf(s.line.weight(), s.points));
        }
        return total;
    }

    private static String grade(BigDecimal total) {
        if (total.compareTo(new BigDecimal("120")) >= 0) {
            return "S";
        }
        if (total.compareTo(new BigDecimal("100")) >= 0) {
            return "A";
        }
        if (total.compareTo(new BigDecimal("85")) >= 0) {
            return "B";
        }
        return total.compareTo(new BigDecimal("70")) >= 0 ? "C" : "D";
    }

    private static BigDecimal bonus(String grade) {
        return new BigDecimal(switch (grade) {
            case "S" -> "1.5";
            case "A" -> "1.2";
            case "B" -> "1.0";
            case "C" -> "0.6";
            default -> "0.0";
        });
    }

    private static String promotion(String grade) {
        return switch (grade) {
            case "S" -> "FAST_TRACK";
            case "A" -> "ELIGIBLE";
            case "B" -> "NOT_YET";
            default -> "NOT_ELIGIBLE";
        };
    }

    private static List<EvaluationOutcome.ScoreChange> changes(String guardrail, List<Score> scores,
                                                               List<EvaluationOutcome.ScoreChange> bonusChanges) {
        List<EvaluationOutcome.ScoreChange> changes = new ArrayList<>();
        scores.stream().sorted(Comparator.comparing((Score s) -> s.line.kpi().id())).forEach(s -> {
            for (int i = 0; i < s.changes.size(); i++) {
                if (s.changedBy.get(i).equals(guardrail)) {
                    changes.add(s.changes.get(i));
                }
            }
        });
        changes.addAll(bonusChanges);
        return List.copyOf(changes);
    }

    private static String pct(BigDecimal ratio) {
        return ratio.multiply(Decimals.HUNDRED).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    private static PlanRow plan(String variant, String industry, String stage, String mode) {
        PlanRow best = null;
        for (PlanRow row : PLANS) {
            if (row.matches(variant, industry, stage, mode) && (best == null || row.specificity() > best.specificity())) {
                best = row;
            }
        }
        return best;
    }

    private static Map<String, Kpi> catalog(String... entries) {
        java.util.LinkedHashMap<String, Kpi> kpis = new java.util.LinkedHashMap<>();
        for (String entry : entries) {
            String[] parts = entry.split(" ");
            kpis.put(parts[0], new Kpi(parts[0], parts[1], parts.length > 2));
        }
        return Map.copyOf(kpis);
    }

    private static PlanRow row(String keys, String weights) {
        String[] k = keys.split(" ");
        List<Line> lines = new ArrayList<>();
        for (String entry : weights.split(", ")) {
            String[] parts = entry.split(" ");
            lines.add(new Line(CATALOG.get(parts[0]), new BigDecimal(parts[1])));
        }
        return new PlanRow(blank(k[0]), blank(k[1]), blank(k[2]), blank(k[3]), k[4], List.copyOf(lines));
    }

    private static String blank(String cell) {
        return cell.equals("-") ? null : cell;
    }
}
