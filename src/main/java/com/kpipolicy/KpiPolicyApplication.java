package com.kpipolicy;

import com.kpipolicy.audit.VerifyCommand;
import com.kpipolicy.impact.ImpactCommand;
import com.kpipolicy.policy.LintCommand;
import com.kpipolicy.policy.StartupRuleset;
import com.kpipolicy.scenario.ReplayCommand;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the service, or, when the first argument names a command ({@code impact}, {@code lint} or its
 * analyst-facing name {@code validate}, {@code replay}, {@code verify}), runs that command alone and exits with
 * its status, without the web server.
 */
@SpringBootApplication
public class KpiPolicyApplication {
    private static final Map<String, Supplier<Command>> COMMANDS = new TreeMap<>(Map.of(
            "impact", ImpactCommand::new,
            "lint", LintCommand::new,
            "validate", LintCommand::new,
            "replay", ReplayCommand::new,
            "verify", VerifyCommand::new));

    public static void main(String[] args) {
        if (args.length > 0 && !args[0].startsWith("-")) {
            System.exit(runCommand(args));
        }
        new SpringApplicationBuilder(KpiPolicyApplication.class).initializers(new StartupRuleset()).run(args);
    }

    /** The service without its web server, for commands that need the database (verify, pinned replays, impact of a period). */
    public static ConfigurableApplicationContext offline(String... args) {
        return new SpringApplicationBuilder(KpiPolicyApplication.class).web(WebApplicationType.NONE)
                .initializers(new StartupRuleset()).logStartupInfo(false).run(args);
    }

    private static int runCommand(String[] args) {
        // Engine logs go to stderr at WARN, so that stdout holds only the command's own lines.
        System.setProperty("logback.configurationFile", "command-logback.xml");
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Supplier<Command> command = COMMANDS.get(args[0]);
        if (command == null) {
            out.println("unknown command '" + args[0] + "'; commands: " + String.join(", ", COMMANDS.keySet())
                    + " (or no command, or only --options, to start the service)");
            return 2;
        }
        return command.get().run(Arrays.asList(args).subList(1, args.length), out);
    }
}
