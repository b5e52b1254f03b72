package com.kpipolicy.policy;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The answer to a lint: valid or not, it is a successful lint of the folder the analysts edit. */
public record LintResponse(String rulesetVersion, boolean valid, int errors, int warnings, List<Problem> problems) {

    @Schema(name = "LintProblem")
    public record Problem(String severity, String file, String sheet, String location, String message) {
    }
}
