package dev.schedlab.app.window;

import javafx.application.Application;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Opens the lab's window, or says in one line why it cannot and how to fix that. Checks the
 * machine first, and still translates JavaFX's own start-up failures, which the check can miss.
 */
public final class WindowLauncher {
    private final Map<String, String> env;
    private final PrintStream err;

    WindowLauncher(Map<String, String> env, PrintStream err) {
        this.env = env;
        this.err = err;
    }

    public static WindowLauncher forThisMachine() { return new WindowLauncher(System.getenv(), System.err); }

    /** Blocks until the window is closed; returns the exit status. */
    public int open(List<String> args) {
        if (!args.isEmpty() && !Files.exists(Path.of(args.get(0)))
                && dev.schedlab.scenarios.scenario.ScenarioLibrary.builtIn().find(args.get(0)).isEmpty()) {
            // Not a path, nor a built-in scenario's name (the window opens those by name: in a
            // packaged app they live inside a jar, where no plain path reaches them).
            err.println("schedlab: no such file or folder: " + args.get(0)
                    + ", and no built-in scenario of that name (see 'schedlab list')");
            return 2;
        }
        Optional<String> problem = WindowSupport.problem(env, System.getProperty("os.name"),
                SharedLibraries.ofThisMachine(env)::contains);
        if (problem.isPresent()) return cannotOpen(problem.get());
        try {
            Application.launch(SchedLabApp.class, args.toArray(String[]::new));
            return 0;
        } catch (Throwable t) {
            Optional<String> known = JavaFxFailures.explain(t, env);
            if (known.isPresent()) return cannotOpen(known.get());
            err.println("schedlab: internal error in the window: " + t
                    + ("1".equals(env.get("SCHEDLAB_DEBUG")) ? "" : " (SCHEDLAB_DEBUG=1 shows the stack trace)"));
            if ("1".equals(env.get("SCHEDLAB_DEBUG"))) t.printStackTrace(err);
            return 70;
        }
    }

    private int cannotOpen(String why) {
        err.println("schedlab: cannot open a window: " + why);
        return 1;
    }
}
