package com.kpipolicy.policy;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RulesetReloadController {
    private final RulesetReloader reloader;

    RulesetReloadController(RulesetReloader reloader) {
        this.reloader = reloader;
    }

    /** 200 when the folder's rules are live (new or unchanged); 422 when they were rejected and the last good serve. */
    @PostMapping(value = "/api/v1/rulesets/reload", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReloadResult> reload() {
        ReloadResult result = reloader.reload();
        HttpStatus status = ReloadResult.REJECTED.equals(result.status()) ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK;
        return ResponseEntity.status(status).body(result);
    }
}
