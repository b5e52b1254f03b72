package com.kpipolicy;

import java.io.PrintStream;
import java.util.List;

/** An offline command of the jar ({@code java -jar kpi-policy.jar <name> …}): never the web server. */
public interface Command {

    /** Runs with the arguments that follow the command's name; returns the process exit status. */
    int run(List<String> args, PrintStream out);
}
