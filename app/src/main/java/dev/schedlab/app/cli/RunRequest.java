package dev.schedlab.app.cli;

import dev.schedlab.model.config.Settings;

import java.nio.file.Path;
import java.util.Map;

/**
 * What {@code schedlab run} was asked to do, with every option resolved against the environment.
 *
 * @param program     the .go file or the folder holding main.go
 * @param settings    the run's settings (GOMAXPROCS, seed, GODEBUG, os.Args)
 * @param untilNs     simulated time at which to stop, or 0 to run until the program exits
 * @param eventsTarget where to write the event log: a file, {@code -} for stdout, or null for nowhere
 * @param stats       whether to print run figures to stderr afterwards
 * @param constOverrides new values for package-level integer constants ({@code --set}), applied before compiling
 * @param profileTarget where to write the simulated CPU profile as folded stacks, or null for nowhere
 */
public record RunRequest(Path program, Settings settings, long untilNs, String eventsTarget, boolean stats,
                         Map<String, Long> constOverrides, Path profileTarget) {
    public static final String STDOUT = "-";

    public RunRequest { constOverrides = Map.copyOf(constOverrides); }

    public RunRequest(Path program, Settings settings, long untilNs, String eventsTarget, boolean stats,
                      Map<String, Long> constOverrides) {
        this(program, settings, untilNs, eventsTarget, stats, constOverrides, null);
    }

    public RunRequest(Path program, Settings settings, long untilNs, String eventsTarget, boolean stats) {
        this(program, settings, untilNs, eventsTarget, stats, Map.of());
    }
}
