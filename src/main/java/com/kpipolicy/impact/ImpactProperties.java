package com.kpipolicy.impact;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The scenario corpus the impact endpoint runs; relative paths are resolved from the working directory. */
@ConfigurationProperties("kpi.impact")
public record ImpactProperties(@DefaultValue("scenarios") Path scenarios) {
}
