package com.kpipolicy.policy;

import com.kpipolicy.web.FieldProblem;
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
