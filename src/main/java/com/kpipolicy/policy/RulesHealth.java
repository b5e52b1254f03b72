package com.kpipolicy.policy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The rules in /actuator/health: the live version and the last reload. A rejected reload does
 * not make the service unhealthy (the last good rules serve) but its problems are shown.
 */
@Component("rules")
class RulesHealth implements HealthIndicator {
    private final ActivePolicy active;
    private final RulesetReloader reloader;

    RulesHealth(ActivePolicy active, RulesetReloader reloader) {
        this.active = active;
        this.reloader = reloader;
    }

    @Override
    public Health health() {
        Policy live = active.current();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("liveVersion", live.version());
        details.put("loadedAt", live.loadedAt().toString());
        details.put("warnings", live.warnings().size());
        ReloadResult last = reloader.lastReload();
        if (last != null) {
            Map<String, Object> reload = new LinkedHashMap<>();
            reload.put("status", last.status());
            reload.put("at", last.at().toString());
            reload.put("problems", last.problems().stream().filter(RuleProblem::isError).map(RuleProblem::toString).toList());
            details.put("lastReload", reload);
        }
        return Health.up().withDetails(details).build();
    }
}
