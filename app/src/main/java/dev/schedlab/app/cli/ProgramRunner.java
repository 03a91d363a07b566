package dev.schedlab.app.cli;

import java.io.PrintWriter;

/** Carries out a resolved {@code schedlab run}: the seam between parsing the command line and simulating. */
@FunctionalInterface
public interface ProgramRunner {
    /** Returns the process's exit status. May throw {@link UserError} for problems the user can fix. */
    int run(RunRequest request, PrintWriter out, PrintWriter err) throws Exception;
}
