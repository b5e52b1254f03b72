package com.kpipolicy.policy.fact;

import java.math.BigDecimal;

/** The team's total (scored with the same plan) and the shares in percent that blend it in. */
public final class TeamPart {
    private final BigDecimal teamTotal;
    private final BigDecimal individualShare;
    private final BigDecimal teamShare;

    public TeamPart(BigDecimal teamTotal, BigDecimal individualShare, BigDecimal teamShare) {
        this.teamTotal = teamTotal;
        this.individualShare = individualShare;
        this.teamShare = teamShare;
    }

    public BigDecimal getTeamTotal() { return teamTotal; }
    public BigDecimal getIndividualShare() { return individualShare; }
    public BigDecimal getTeamShare() { return teamShare; }
}
