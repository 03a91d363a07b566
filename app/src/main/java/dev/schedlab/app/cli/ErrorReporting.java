package dev.schedlab.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;

/**
 * Turns every failure into one line on stderr and an exit status: 2 for what the user can
 * fix (arguments, the program, files), 70 (EX_SOFTWARE) for the lab's own bugs. Stack
 * traces would bury the one line that matters, so they appear only with SCHEDLAB_DEBUG=1.
 */
final class ErrorReporting implements IParameterExceptionHandler, IExecutionExceptionHandler {
    static final int USAGE = 2;
    static final int INTERNAL = 70;

    private final boolean debug;

    ErrorReporting(boolean debug) { this.debug = debug; }

    @Override public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        String name = cmd.getCommandSpec().qualifiedName();
        PrintWriter err = cmd.getErr();
        err.println(name + ": " + ex.getMessage() + " (see '" + name + " --help')");
        traceIfDebugging(ex, err);
        return USAGE;
    }

    @Override public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        cmd.getOut().flush();
        if (ex instanceof UserError) {
            err.println("schedlab: " + ex.getMessage());
            traceIfDebugging(ex, err);
            return USAGE;
        }
        return internalError(ex, err);
    }

    int internalError(Throwable ex, PrintWriter err) {
        String what = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getClass().getSimpleName() + ": " + ex.getMessage();
        err.println("schedlab: internal error: " + what + (debug ? "" : " (SCHEDLAB_DEBUG=1 shows the stack trace)"));
        traceIfDebugging(ex, err);
        return INTERNAL;
    }

    private void traceIfDebugging(Throwable ex, PrintWriter err) {
        if (debug) ex.printStackTrace(err);
        err.flush();
    }
}
