package com.kpipolicy.policy;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lints the rules folder on disk (kpi.rules.dir) without touching the policy in force. */
@RestController
class RulesetLintController {
    private final RulesProperties properties;
    private final RulesetLint lint;
    private final LintMapper mapper;

    RulesetLintController(RulesProperties properties, RulesetLint lint, LintMapper mapper) {
        this.properties = properties;
        this.lint = lint;
        this.mapper = mapper;
    }

    @PostMapping(value = "/api/v1/rulesets/lint", produces = MediaType.APPLICATION_JSON_VALUE)
    LintResponse lint() {
        return mapper.toResponse(lint.lint(properties.dir()));
    }
}
