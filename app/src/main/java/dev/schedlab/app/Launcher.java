package dev.schedlab.app;

import dev.schedlab.app.cli.SchedLabCommand;
import dev.schedlab.app.window.WindowLauncher;

import java.util.List;
import java.util.Set;

/**
 * The entry point. A plain main, not the JavaFX Application: JavaFX refuses to start a
 * main class that extends Application from the class path, and the command line must not
 * touch JavaFX at all (it runs where no display exists).
 *
 * <p>No arguments, or one argument that is a path, open the window; anything else
 * ({@code run ...}, {@code --help}, {@code --version}) is the headless command line.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        int status = opensWindow(List.of(args))
                ? WindowLauncher.forThisMachine().open(List.of(args))
                : SchedLabCommand.execute(args);
        System.out.flush();
        System.exit(status);
    }

    /** True for {@code schedlab} and {@code schedlab PATH}; false for options and subcommands. */
    static boolean opensWindow(List<String> args) {
        if (args.isEmpty()) return true;
        if (args.size() > 1) return false;
        String only = args.get(0);
        return !only.startsWith("-") && !SUBCOMMANDS.contains(only);
    }

    private static final Set<String> SUBCOMMANDS = SchedLabCommand.SUBCOMMAND_NAMES;
}
