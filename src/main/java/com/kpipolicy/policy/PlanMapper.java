package com.kpipolicy.policy;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface PlanMapper {

    @Mapping(target = "planId", source = "plan.planId")
    @Mapping(target = "industry", source = "context.industry")
    @Mapping(target = "stage", source = "context.stage")
    @Mapping(target = "salesMode", source = "context.salesMode")
    @Mapping(target = "planVariant", source = "context.planVariant")
    @Mapping(target = "rulesetVersion", source = "version")
    @Mapping(target = "source", expression = "java(plan.origin().describe())")
    @Mapping(target = "kpis", source = "plan.lines")
    PlanResponse toResponse(Plan plan, BusinessContext context, String version);

    @Mapping(target = "kpi", source = "kpi.id")
    @Mapping(target = "category", source = "kpi.category")
    @Mapping(target = "direction", source = "kpi.direction")
    @Mapping(target = "unit", source = "kpi.unit")
    @Mapping(target = "nameEn", source = "kpi.nameEn")
    @Mapping(target = "nameZh", source = "kpi.nameZh")
    PlanResponse.PlanKpiResponse toResponse(PlanLine line);
}
