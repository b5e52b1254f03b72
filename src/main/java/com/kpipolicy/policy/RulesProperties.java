package com.kpipolicy.policy;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the analysts' rules folder is, and where what its decision tables compiled to is kept across restarts
 * (blank: nowhere, every start reads the workbooks); relative paths are resolved from the working directory.
 */
@ConfigurationProperties("kpi.rules")
public record RulesProperties(@DefaultValue("rules") Path dir, String cacheDir) {

    public Optional<Path> cache() {
        return cacheDir == null || cacheDir.isBlank() ? Optional.empty() : Optional.of(Path.of(cacheDir.trim()));
    }
}
