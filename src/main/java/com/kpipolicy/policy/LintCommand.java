package com.kpipolicy.policy;

import com.kpipolicy.Command;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * {@code lint [rules-dir]}: loads a rules folder (default {@code rules}) as the service would and
 * prints every problem, then "N errors, M warnings". Exits 1 if there are errors, 0 otherwise.
 */
public final class LintCommand implements Command {
    static final String USAGE = "usage: java -jar kpi-policy.jar lint [rules-dir]";

    @Override
    public int run(List<String> args, PrintStream out) {
        if (args.size() > 1) {
            out.println(USAGE);
            return 2;
        }
        Path folder = Path.of(args.isEmpty() ? "rules" : args.get(0));
        LintReport report = new RulesetLint(new PolicyLoader(Clock.systemUTC())).lint(folder);
        report.problems().forEach(out::println);
        out.println(report.errors() + " errors, " + report.warnings() + " warnings");
        return report.valid() ? 0 : 1;
    }
}
