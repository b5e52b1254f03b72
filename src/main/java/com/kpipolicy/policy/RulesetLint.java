package com.kpipolicy.policy;

import java.nio.file.Path;

/**
 * Loads a rules folder only to report on it, with the same loader as the service, so an analyst
 * sees exactly what a start would say. The policy it builds is thrown away; nothing live changes.
 */
public final class RulesetLint {
    private final PolicyLoader loader;

    public RulesetLint(PolicyLoader loader) {
        this.loader = loader;
    }

    public LintReport lint(Path folder) {
        RulesetSource source;
        try {
            source = RulesetSource.read(folder);
        } catch (RulesetRejectedException e) {
            return LintReport.of(null, e.problems());
        }
        return lint(source);
    }

    /** Rules already read (e.g. uploaded): the same checks as for a folder. */
    public LintReport lint(RulesetSource source) {
        try {
            return LintReport.of(source.version(), loader.load(source).warnings());
        } catch (RulesetRejectedException e) {
            return LintReport.of(source.version(), e.problems());
        }
    }
}
