package com.kpipolicy.policy;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the analysts' rules folder is; relative paths are resolved from the working directory. */
@ConfigurationProperties("kpi.rules")
public record RulesProperties(@DefaultValue("rules") Path dir) {
}
