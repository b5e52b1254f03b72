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
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the service, or, when the first argument names a command ({@code impact}, {@code lint} or its
 * analyst-facing name {@code validate}, {@code replay}, {@code verify}), runs that command alone and exits with
 * its status, without the web server.
 */
@SpringBootApplication
public class KpiPolicyApplication {
    /** The exit status of a command that failed to run at all, apart from its own verdicts (1) and usage errors (2). */
    static final int COULD_NOT_RUN = 3;
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
        // Engine logs go to stderr at WARN, so that stdout holds only the command's own lines. Logback reads the file
        // now, for the commands that never start Spring (lint); Spring Boot, which the others start, ignores that
        // property (with a warning) and reads logging.config instead, and would print its banner on stdout.
        System.setProperty("logback.configurationFile", "command-logback.xml");
        LoggerFactory.getILoggerFactory();
        System.clearProperty("logback.configurationFile");
        System.setProperty("logging.config", "classpath:command-logback.xml");
        System.setProperty("spring.main.banner-mode", "off");
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Supplier<Command> command = COMMANDS.get(args[0]);
        if (command == null) {
            out.println("unknown command '" + args[0] + "'; commands: " + String.join(", ", COMMANDS.keySet())
                    + " (or no command, or only --options, to start the service)");
            return 2;
        }
        try {
            return command.get().run(Arrays.asList(args).subList(1, args.length), out);
        } catch (RuntimeException e) {
            // Most often the database could not be opened (in use by the service, or a user who is not an admin);
            // Spring Boot has said why above. A status of its own keeps a script from taking it for a verdict:
            // verify's 1 means a broken chain.
            e.printStackTrace();
            System.err.println(args[0] + " could not run: " + NestedExceptionUtils.getMostSpecificCause(e).getMessage());
            return COULD_NOT_RUN;
        }
    }
}
