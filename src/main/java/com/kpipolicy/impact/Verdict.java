package com.kpipolicy.impact;

import com.kpipolicy.evaluation.EvaluationOutcome;
import java.math.BigDecimal;
import java.util.Objects;

/** What one ruleset made of one request: its total, grade and bonus multiplier, or why it refused the request. */
public record Verdict(BigDecimal totalScore, String grade, BigDecimal bonusMultiplier, String refusal) {
    /** The row or column of the grade migration that counts refusals. */
    public static final String REFUSED = "refused";

    static Verdict of(EvaluationOutcome outcome) {
        return new Verdict(outcome.totalScore(), outcome.grade(), outcome.bonusMultiplier(), null);
    }

    static Verdict refused(String reason) {
        return new Verdict(null, null, null, reason);
    }

    public boolean isRefused() {
        return refusal != null;
    }

    public String gradeOrRefused() {
        return isRefused() ? REFUSED : grade;
    }

    /**
     * Same total, grade and bonus multiplier (numbers by value, so 1.0 equals 1.00). Two refusals are the
     * same verdict whatever their reasons: nobody is scored either way.
     */
    public boolean sameAs(Verdict other) {
        if (isRefused() || other.isRefused()) {
            return isRefused() && other.isRefused();
        }
        return totalScore.compareTo(other.totalScore) == 0 && Objects.equals(grade, other.grade)
                && bonusMultiplier.compareTo(other.bonusMultiplier) == 0;
    }
}
