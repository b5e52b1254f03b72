package com.kpipolicy.policy;

import org.mapstruct.Mapper;

@Mapper
interface LintMapper {

    LintResponse toResponse(LintReport report);

    LintResponse.Problem toResponse(RuleProblem problem);
}
