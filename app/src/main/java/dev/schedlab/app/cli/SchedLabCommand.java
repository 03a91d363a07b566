package dev.schedlab.app.cli;

import dev.schedlab.app.Version;
import dev.schedlab.app.run.SimulationRunner;
import dev.schedlab.scenarios.scenario.ScenarioLibrary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.Map;
import java.util.Set;

/** The headless command line: {@code schedlab --help}, {@code --version}, {@code run}, {@code check}, {@code list}, {@code bench}, {@code export}, {@code inspect}. */
@Command(name = "schedlab", mixinStandardHelpOptions = true, versionProvider = SchedLabCommand.VersionText.class,
        description = "A laboratory for Go 1.23's runtime scheduler.%n"
                + "Without arguments (or with a program's PATH) it opens the lab's window; "
                + "the commands below run without one.",
        subcommands = CommandLine.HelpCommand.class)
public final class SchedLabCommand implements Runnable {
    /** Words that select a command rather than name a program to open in the window. */
    public static final Set<String> SUBCOMMAND_NAMES = Set.of("run", "check", "list", "bench", "export", "inspect", "help");

    @Spec private CommandSpec spec;

    @Override public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line of this process (real environment, real simulation) and returns the exit status. */
    public static int execute(String[] args) {
        Map<String, String> env = System.getenv();
        boolean debug = "1".equals(env.get("SCHEDLAB_DEBUG"));
        CommandLine cli = create(env, new SimulationRunner(), debug);
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            cli.getOut().flush();
            cli.getErr().println("schedlab: the run needs more memory than Java was given: the program may allocate without bound "
                    + "(lower --max-heap to stop it sooner, or give Java more with SCHEDLAB_JAVA_OPTS=-Xmx8g)");
            cli.getErr().flush();
            return 3;
        } catch (Throwable t) { // picocli passes Errors (out of memory, stack overflow) through
            cli.getOut().flush();
            return new ErrorReporting(debug).internalError(t, cli.getErr());
        }
    }

    /** A command line whose {@code run} resolves options against {@code environment} and hands over to {@code runner}. */
    public static CommandLine create(Map<String, String> environment, ProgramRunner runner, boolean debug) {
        CommandLine cli = new CommandLine(new SchedLabCommand());
        ScenarioArguments scenarios = new ScenarioArguments(ScenarioLibrary::builtIn);
        cli.addSubcommand("run", new RunCommand(environment, runner, scenarios));
        cli.addSubcommand("check", new CheckCommand(scenarios));
        cli.addSubcommand("list", new ListCommand(ScenarioLibrary::builtIn));
        cli.addSubcommand("bench", new BenchCommand());
        cli.addSubcommand("export", new ExportCommand(scenarios));
        cli.addSubcommand("inspect", new InspectCommand(scenarios));
        ErrorReporting errors = new ErrorReporting(debug);
        cli.setParameterExceptionHandler(errors);
        cli.setExecutionExceptionHandler(errors);
        return cli;
    }

    static final class VersionText implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() {
            return new String[] {"schedlab " + Version.current() + " (model of the Go 1.23 scheduler)"};
        }
    }
}
