package com.kpipolicy.policy;

import static com.kpipolicy.web.OpenApiRefs.EXAMPLES;

import com.kpipolicy.web.FieldProblem;
import com.kpipolicy.web.OpenApiRefs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import com.kpipolicy.web.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PlanController {
    private final ActivePolicy activePolicy;
    private final PlanMapper mapper;

    PlanController(ActivePolicy activePolicy, PlanMapper mapper) {
        this.activePolicy = activePolicy;
        this.mapper = mapper;
    }

    @Operation(operationId = "getPlan", tags = "Plans", summary = "The plan for an industry, stage and sales mode (HR_SYSTEM, ANALYST,"
            + " AUDITOR)", description = "The KPIs to submit, with category, direction, unit and weight, under the"
            + " ruleset in force.")
    @ApiResponse(responseCode = "200", description = "The plan that applies", content = @Content(
            schema = @Schema(implementation = PlanResponse.class),
            examples = @ExampleObject(name = "plan-response", ref = EXAMPLES + "plan-response")))
    @ApiResponse(responseCode = "422", ref = OpenApiRefs.INVALID_REQUEST)
    @GetMapping(value = "/api/v1/plans", produces = MediaType.APPLICATION_JSON_VALUE)
    PlanResponse plan(@RequestParam(required = false) String industry, @RequestParam(required = false) String stage,
                      @RequestParam(required = false) String salesMode,
                      @RequestParam(required = false) String planVariant) {
        Policy policy = activePolicy.current();
        List<FieldProblem> problems = new ArrayList<>();
        policy.catalog().refusal(Catalog.INDUSTRY, industry).ifPresent(m -> problems.add(new FieldProblem("industry", m)));
        policy.catalog().refusal(Catalog.STAGE, stage).ifPresent(m -> problems.add(new FieldProblem("stage", m)));
        policy.catalog().refusal(Catalog.SALES_MODE, salesMode).ifPresent(m -> problems.add(new FieldProblem("salesMode", m)));
        policy.catalog().optionalRefusal(Catalog.PLAN_VARIANT, planVariant)
                .ifPresent(m -> problems.add(new FieldProblem("planVariant", m)));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        BusinessContext context = new BusinessContext(industry, stage, salesMode, planVariant);
        Plan plan = policy.plans().require(context);
        return mapper.toResponse(plan, context, policy.version());
    }
}
