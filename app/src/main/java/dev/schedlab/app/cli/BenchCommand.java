package dev.schedlab.app.cli;

import dev.schedlab.app.run.SeekBenchmark;
import dev.schedlab.app.window.BoardBenchmark;
import dev.schedlab.model.config.Settings;
import dev.schedlab.scenarios.lang.Compilation;
import dev.schedlab.scenarios.lang.Compiler;
import dev.schedlab.scenarios.lang.Diagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code schedlab bench seek PATH}: measures seeking in the recording of a real run; {@code bench board}: the board's frame time. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks of the model itself.",
        subcommands = {BenchCommand.Seek.class, BenchCommand.Board.class})
final class BenchCommand implements Runnable {
    @Spec private CommandSpec spec;

    @Override public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    @Command(name = "seek", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Record a run of PATH up to N events, then time the state at random moments (key: value lines).")
    static final class Seek implements Callable<Integer> {
        @Spec private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PATH", description = "A .go file, or a folder with main.go.")
        private Path program;

        @Option(names = "--gomaxprocs", paramLabel = "N", defaultValue = "1", description = "Number of Ps. Default: ${DEFAULT-VALUE}.")
        private int gomaxprocs;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed. Default: ${DEFAULT-VALUE}.")
        private long seed;

        @Option(names = "--events", paramLabel = "N", defaultValue = "10000000", description = "Events to record. Default: ${DEFAULT-VALUE}.")
        private long events;

        @Option(names = "--seeks", paramLabel = "N", defaultValue = "200", description = "Random seeks to time. Default: ${DEFAULT-VALUE}.")
        private int seeks;

        @Override public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (gomaxprocs < 1 || gomaxprocs > RunCommand.MAX_PROCS) throw new UserError("--gomaxprocs must be 1.." + RunCommand.MAX_PROCS);
            if (events < 1 || seeks < 1) throw new UserError("--events and --seeks must be positive");
            Compilation c = Compiler.compile(program);
            if (!c.ok()) {
                for (Diagnostic d : c.diagnostics()) err.println(d);
                err.flush();
                return 2;
            }
            SeekBenchmark.run(c.program(), Settings.of(gomaxprocs).withSeed(seed), events, seeks)
                    .print(spec.commandLine().getOut());
            return 0;
        }
    }

    @Command(name = "board", mixinStandardHelpOptions = true,
            description = "Median frame time of the board drawn offscreen (software pipeline) at GOMAXPROCS=64 with 100,000 goroutines and at GOMAXPROCS=4 with 100. Needs a display: xvfb-run works.")
    static final class Board implements Callable<Integer> {
        @Spec private CommandSpec spec;

        @Option(names = "--frames", paramLabel = "N", defaultValue = "60", description = "Frames to time per case. Default: ${DEFAULT-VALUE}.")
        private int frames;

        @Override public Integer call() throws Exception {
            if (frames < 1) throw new UserError("--frames must be positive");
            String display = System.getenv("DISPLAY");
            if (display == null || display.isBlank()) throw new UserError("the board benchmark needs a display: run it as xvfb-run ./schedlab bench board");
            BoardBenchmark.print(BoardBenchmark.run(frames), spec.commandLine().getOut());
            return 0;
        }
    }
}
