package com.kpipolicy.policy.fact;

import java.math.BigDecimal;

/**
 * The evaluation's total, exact and as reported (what grade bands compare against). Once
 * blended with the team's total it remembers both parts, so the response can show them.
 */
public final class TotalScore {
    private final BigDecimal exact;
    private final BigDecimal value;
    private final BigDecimal individualExact;
    private final TeamPart team;

    public TotalScore(BigDecimal exact) {
        this(exact, exact, null);
    }

    private TotalScore(BigDecimal exact, BigDecimal individualExact, TeamPart team) {
        this.exact = exact;
        this.value = Decimals.points(exact);
        this.individualExact = individualExact;
        this.team = team;
    }

    /** individual x individualShare / 100 + team x teamShare / 100. */
    public TotalScore blendedWith(TeamPart part) {
        BigDecimal blended = Decimals.percentOf(part.getIndividualShare(), exact)
                .add(Decimals.percentOf(part.getTeamShare(), part.getTeamTotal()));
        return new TotalScore(blended, exact, part);
    }

    public boolean isBlended() { return team != null; }
    public BigDecimal getExact() { return exact; }
    public BigDecimal getValue() { return value; }
    public BigDecimal getIndividualExact() { return individualExact; }
    public TeamPart getTeam() { return team; }
}
