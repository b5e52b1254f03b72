package com.kpipolicy.impact;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The report as JSON: each changed result flat, old (live) beside new (candidate), like the Markdown table. */
public record ImpactResponse(String liveRulesetVersion, String candidateRulesetVersion, String basis,
                             String scenariosFolder, SectionResponse scenarios, String period,
                             SectionResponse storedEvaluations) {

    @Schema(name = "ImpactSection")
    public record SectionResponse(int evaluated, int changed, int refusedByCandidate, List<ChangeResponse> changes,
                                  GradeMigration gradeMigration) {
    }

    /** A refusal has no total, grade or multiplier on its side, and says why instead. */
    @Schema(name = "ImpactChange")
    public record ChangeResponse(String scenario, UUID evaluationId, String employeeId, BigDecimal oldTotalScore,
                                 BigDecimal newTotalScore, String oldGrade, String newGrade,
                                 BigDecimal oldBonusMultiplier, BigDecimal newBonusMultiplier, String oldRefusal,
                                 String newRefusal) {
    }
}
