package com.kpipolicy.impact;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The impact command's arguments: its own options as {@code --name value} or {@code --name=value}, and any other
 * {@code --key=value} passed on to the service's configuration (database, rules folder).
 */
record ImpactArguments(Path candidate, String period, Path scenarios, String format, List<String> serviceOptions) {
    static final String MARKDOWN = "markdown";
    static final String JSON = "json";
    private static final Set<String> OWN = Set.of("candidate", "period", "scenarios", "format");
    private static final String RULES_DIR = "--kpi.rules.dir=";

    static ImpactArguments parse(List<String> args) {
        String candidate = null;
        String period = null;
        String scenarios = "scenarios";
        String format = MARKDOWN;
        List<String> passed = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2).split("=", 2)[0];
            if (!OWN.contains(name)) {
                if (!arg.contains("=")) {
                    throw new IllegalArgumentException("unknown option '" + arg + "'");
                }
                passed.add(arg);
                continue;
            }
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
            switch (name) {
                case "candidate" -> candidate = value;
                case "period" -> period = value;
                case "scenarios" -> scenarios = value;
                default -> format = value;
            }
        }
        if (candidate == null || candidate.isBlank()) {
            throw new IllegalArgumentException("--candidate <rules-dir> is required");
        }
        if (!format.equals(MARKDOWN) && !format.equals(JSON)) {
            throw new IllegalArgumentException("--format is markdown or json, not '" + format + "'");
        }
        return new ImpactArguments(Path.of(candidate), period, Path.of(scenarios), format, List.copyOf(passed));
    }

    /** The live rules: the service's rules folder, {@code --kpi.rules.dir=…} or else {@code rules}. */
    Path liveRules() {
        return serviceOptions.stream().filter(o -> o.startsWith(RULES_DIR)).reduce((a, b) -> b)
                .map(o -> Path.of(o.substring(RULES_DIR.length()))).orElse(Path.of("rules"));
    }
}
