package com.kpipolicy.impact;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** From the report to its JSON shape. Unmapped targets fail the build (see pom.xml). */
@Mapper
public interface ImpactMapper {

    ImpactResponse toResponse(ImpactReport report);

    ImpactResponse.SectionResponse toResponse(ImpactSection section);

    @Mapping(target = "oldTotalScore", source = "live.totalScore")
    @Mapping(target = "newTotalScore", source = "candidate.totalScore")
    @Mapping(target = "oldGrade", source = "live.grade")
    @Mapping(target = "newGrade", source = "candidate.grade")
    @Mapping(target = "oldBonusMultiplier", source = "live.bonusMultiplier")
    @Mapping(target = "newBonusMultiplier", source = "candidate.bonusMultiplier")
    @Mapping(target = "oldRefusal", source = "live.refusal")
    @Mapping(target = "newRefusal", source = "candidate.refusal")
    ImpactResponse.ChangeResponse toResponse(ImpactItem item);
}
