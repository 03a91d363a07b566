package dev.schedlab.app.cli;

import dev.schedlab.app.export.AtomicFile;
import dev.schedlab.app.export.ExportFailure;
import dev.schedlab.app.export.ExportView;
import dev.schedlab.app.export.FrameNames;
import dev.schedlab.app.export.HeadlessFx;
import dev.schedlab.app.export.LabPicture;
import dev.schedlab.app.export.PictureFormat;
import dev.schedlab.app.export.PictureSize;
import dev.schedlab.app.playback.LabProgram;
import dev.schedlab.app.playback.RunProgress;
import dev.schedlab.app.window.OffscreenLab;
import dev.schedlab.app.window.WindowChoices;
import dev.schedlab.scenarios.lang.Compilation;
import dev.schedlab.scenarios.lang.Compiler;
import dev.schedlab.scenarios.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code schedlab export PATH --at TIME --out FILE}: the board, the timeline or the whole window at
 * one moment of a run, as PNG or SVG, with no display (JavaFX on Monocle's headless platform); or,
 * with {@code --from --to}, a numbered PNG per frame of the window playing that range.
 */
@Command(name = "export", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Draw a moment of a run as a picture (PNG or SVG), with no display needed.%n"
                + "With --from and --to: a numbered PNG per frame, as the window plays the range.")
final class ExportCommand implements Callable<Integer> {
    /** Frames a sequence may have: more is surely a mistaken --speed. */
    static final int MAX_FRAMES = 20_000;

    @Spec private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH|NAME",
            description = "A .go file, a folder with main.go, the name of a built-in scenario (see 'schedlab list'), "
                    + "or demo: the program the window opens with.")
    private Path program;

    @Option(names = "--at", paramLabel = "TIME", converter = GoDurationConverter.class,
            description = "The simulated moment to draw (Go syntax: 0, 250us, 1.5ms).")
    private Long at;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "FILE.png or FILE.svg; for frames a pattern such as frames/board-%%04d.png, or a folder.")
    private String out;

    @Option(names = "--view", paramLabel = "VIEW", defaultValue = "board",
            description = "board, timeline, charts, profile (the flame graph), inspector, or window (the whole lab window). "
                    + "All are vectors in an SVG except the inspector, which comes as an embedded snapshot. Default: ${DEFAULT-VALUE}.")
    private String view;

    @Option(names = "--tab", paramLabel = "TAB",
            description = "With --view window: the lower tab shown, timeline (default), charts, profile or schedtrace.")
    private String tab;

    @Option(names = "--schedtrace", paramLabel = "PERIOD", converter = GoDurationConverter.class,
            description = "Run with GODEBUG=schedtrace=PERIOD as the schedtrace tab's menu does: 1ms, 10ms, 100ms or 1s (the run changes a little: sysmon never sleeps deeply).")
    private Long schedtrace;

    @Option(names = "--scheddetail", description = "With --schedtrace: scheddetail=1 as well.")
    private boolean scheddetail;

    @Option(names = "--side", paramLabel = "TAB",
            description = "With --view window: the right-hand tab shown, controls (default) or inspector.")
    private String side;

    @Option(names = "--inspect", paramLabel = "ID",
            description = "With --view window or inspector: select goroutine ID (as a click on the board) and show the Inspector tab.")
    private Integer inspect;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1",
            description = "PNG pixels per point, 1 to 4 (2 for a sharp picture on a 2x screen). Default: ${DEFAULT-VALUE}.")
    private int scale;

    @Option(names = "--size", paramLabel = "WxH",
            description = "The picture's size in points. Default: 1600x900 for the board, 1600 wide and as tall as its lanes (at most 320) for the timeline, "
                    + "1600x600 for the charts and the profile, 640x900 for the inspector, 1440x900 for the window.")
    private String size;

    @Option(names = "--theme", paramLabel = "THEME", defaultValue = "light", description = "light or dark. Default: ${DEFAULT-VALUE}.")
    private String theme;

    @Option(names = "--gomaxprocs", paramLabel = "N", description = "Number of Ps. Default: the scenario's, else 4 (as the window).")
    private Integer gomaxprocs;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Give the package-level integer const NAME the value VALUE (a scenario's knob; repeatable).")
    private Map<String, Long> constOverrides = new LinkedHashMap<>();

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the runtime's random choices. Default: the scenario's, else 1.")
    private Long seed;

    @Option(names = "--from", paramLabel = "TIME", converter = GoDurationConverter.class, description = "First frame's moment.")
    private Long from;

    @Option(names = "--to", paramLabel = "TIME", converter = GoDurationConverter.class, description = "Last frame's moment.")
    private Long to;

    @Option(names = "--fps", paramLabel = "N", defaultValue = "10", description = "Frames per second of the animation. Default: ${DEFAULT-VALUE}.")
    private int fps;

    @Option(names = "--speed", paramLabel = "DURATION", converter = GoDurationConverter.class, defaultValue = "100us",
            description = "Simulated time per second of the animation (the window's speed). Default: ${DEFAULT-VALUE}.")
    private long speed;

    private final ScenarioArguments scenarios;

    ExportCommand(ScenarioArguments scenarios) { this.scenarios = scenarios; }

    @Override public Integer call() {
        try {
            return export();
        } catch (ExportFailure e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    private int export() {
        PrintWriter err = spec.commandLine().getErr();
        ExportView chosen = ExportView.parse(view);
        boolean frames = from != null || to != null;
        if (frames && at != null) throw new UserError("give either --at or --from and --to, not both");
        if (!frames && at == null) throw new UserError("say which moment to draw: --at TIME (or --from and --to for frames)");
        if (frames && (from == null || to == null)) throw new UserError("a frame sequence needs both --from and --to");
        if (scale < 1 || scale > 4) throw new UserError("--scale must be 1 to 4, got " + scale);
        if (!theme.equals("light") && !theme.equals("dark")) throw new UserError("--theme must be light or dark, got " + theme);
        checkWindowChoices(chosen);
        PictureSize pictureSize = size != null ? PictureSize.parse(size) : defaultSize(chosen);
        long[] times = frames ? frameTimes() : new long[] {at};
        if (times[0] < 0) throw new UserError("bad time " + GoDuration.format(times[0]) + ": times start at 0");
        FrameNames names = frames ? FrameNames.of(out, chosen) : null;
        Path single = frames ? null : Path.of(out);
        PictureFormat format = frames ? PictureFormat.PNG : PictureFormat.of(single);
        AtomicFile.checkedFolder(frames ? names.frame(0) : single); // fail before computing anything

        Optional<LabProgram> labProgram = load(err);
        if (labProgram.isEmpty()) return ErrorReporting.USAGE;

        HeadlessFx.start();
        long chosenSeed = seed != null ? seed : scenarioSeed();
        return HeadlessFx.call(() -> {
            OffscreenLab lab = new OffscreenLab(labProgram.get(), chosenSeed, theme.equals("dark"),
                    chosen == ExportView.WINDOW ? pictureSize.width() : 1440, chosen == ExportView.WINDOW ? pictureSize.height() : 900);
            showChosen(lab, chosen);
            for (int i = 0; i < times.length; i++) {
                lab.showAt(times[i]);
                checkInsideRun(lab, times[i]);
                if (inspect != null && !lab.hasGoroutine(inspect)) {
                    throw new ExportFailure("no goroutine g" + inspect + " at " + GoDuration.format(times[i]) + " to --inspect");
                }
                PictureSize fitted = size == null && chosen == ExportView.TIMELINE ? timelineFit(lab, pictureSize) : pictureSize;
                LabPicture picture = lab.picture(chosen, fitted.width(), fitted.height());
                AtomicFile.write(frames ? names.frame(i) : single, picture.encode(format, scale));
            }
            return 0;
        });
    }

    private static PictureSize defaultSize(ExportView v) {
        return switch (v) {
            case BOARD -> new PictureSize(1600, 900);
            case TIMELINE -> new PictureSize(1600, 320);
            case CHARTS, PROFILE -> new PictureSize(1600, 600);
            case INSPECTOR -> new PictureSize(640, 900);
            case WINDOW -> new PictureSize(1440, 900);
        };
    }

    /** --tab, --side and --inspect: known values, and only with the views they change. */
    private void checkWindowChoices(ExportView chosen) {
        if (tab != null) {
            if (!WindowChoices.LOWER_TABS.contains(tab)) {
                throw new UserError("unknown tab '" + tab + "': choose " + String.join(", ", WindowChoices.LOWER_TABS));
            }
            if (chosen != ExportView.WINDOW) throw new UserError("--tab chooses the window's lower tab: use it with --view window");
        }
        if (schedtrace != null && !WindowChoices.SCHEDTRACE_PERIODS_MS.contains(schedtraceMs())) {
            throw new UserError("--schedtrace must be one of the console's periods, 1ms, 10ms, 100ms or 1s, got " + GoDuration.format(schedtrace));
        }
        if (scheddetail && schedtrace == null) throw new UserError("--scheddetail goes with --schedtrace PERIOD");
        if (side != null) {
            if (!side.equals("controls") && !side.equals("inspector")) {
                throw new UserError("unknown side tab '" + side + "': choose controls, inspector");
            }
            if (chosen != ExportView.WINDOW) throw new UserError("--side chooses the window's right-hand tab: use it with --view window");
            if (inspect != null && side.equals("controls")) throw new UserError("--inspect shows the inspector: it cannot go with --side controls");
        }
        if (inspect != null) {
            if (inspect < 1) throw new UserError("--inspect takes a goroutine ID (1 or more), got " + inspect);
            if (chosen != ExportView.WINDOW && chosen != ExportView.INSPECTOR) {
                throw new UserError("--inspect selects a goroutine for the inspector: use it with --view window or --view inspector");
            }
        }
    }

    /** The --schedtrace period in whole milliseconds, or -1 when it is not one. */
    private int schedtraceMs() {
        return schedtrace % 1_000_000 == 0 && schedtrace / 1_000_000 <= Integer.MAX_VALUE ? (int) (schedtrace / 1_000_000) : -1;
    }

    /** Puts what the picture shows into sight: the charts or profile tab, the inspector and its goroutine. */
    private void showChosen(OffscreenLab lab, ExportView chosen) {
        if (schedtrace != null) lab.schedtrace(schedtraceMs(), scheddetail);
        if (tab != null) lab.showTab(tab);
        if (chosen == ExportView.CHARTS || chosen == ExportView.PROFILE) lab.showTab(chosen.label());
        if ("inspector".equals(side) || chosen == ExportView.INSPECTOR) lab.showInspector();
        if (inspect != null) lab.inspect(inspect);
    }

    /** A timeline as tall as its lanes at their full height (the axis, then 44 points a P), when no size is given. */
    private static PictureSize timelineFit(OffscreenLab lab, PictureSize wide) {
        int lanes = lab.progress() == null ? 0 : lab.progress().timeline().lanes().size();
        return new PictureSize(wide.width(), Math.max(PictureSize.MIN, Math.min(wide.height(), 24 + 44 * lanes + 4)));
    }

    /** The moments of a frame sequence: as the window shows them playing at --speed, --fps frames a second. */
    private long[] frameTimes() {
        if (to < from) throw new UserError("--to (" + GoDuration.format(to) + ") comes before --from (" + GoDuration.format(from) + ")");
        if (fps < 1 || fps > 240) throw new UserError("--fps must be 1 to 240, got " + fps);
        if (speed <= 0) throw new UserError("--speed must be a positive duration");
        double step = (double) speed / fps;
        long count = (long) Math.floor((to - from) / step) + 1;
        if (count > MAX_FRAMES) {
            throw new UserError(count + " frames is too many (at most " + MAX_FRAMES + "): raise --speed or lower --fps");
        }
        long[] times = new long[(int) count];
        for (int i = 0; i < count; i++) times[i] = from + Math.round(i * step);
        return times;
    }

    private void checkInsideRun(OffscreenLab lab, long time) {
        RunProgress p = lab.progress();
        if (!lab.failure().isEmpty()) throw new ExportFailure(lab.failure());
        if (p != null && p.finished() && time > p.endTime()) {
            throw new ExportFailure("bad time " + GoDuration.format(time) + ": the run ends at " + GoDuration.format(p.endTime()));
        }
    }

    /** The window's own demo, asked for by name (and not a file of that name). */
    private boolean demo() { return program.toString().equals(DEMO) && !Files.exists(program); }

    private static final String DEMO = "demo";

    private long scenarioSeed() {
        if (demo()) return 1;
        Path path = scenarios.resolve(program);
        return scenarios.load(path, new PrintWriter(PrintWriter.nullWriter())).map(Scenario::seed).orElse(1L);
    }

    /** The program as the window opens it, with --set, --gomaxprocs applied; empty after printing its diagnostics. */
    private Optional<LabProgram> load(PrintWriter err) {
        if (demo()) {
            if (!constOverrides.isEmpty()) throw new UserError("the demo has no knobs to --set");
            return Optional.of(withGomaxprocs(LabProgram.demo()));
        }
        Path path = scenarios.resolve(program);
        Optional<Scenario> scenario = scenarios.load(path, err);
        if (scenario.isEmpty()) return Optional.empty();
        ScenarioArguments.checkKnobRanges(scenario.get(), constOverrides);
        LabProgram.Loaded loaded = LabProgram.load(path);
        if (!loaded.ok()) return diagnostics(err, loaded);
        LabProgram p = loaded.program();
        if (!constOverrides.isEmpty()) {
            if (p.knobs().folder() != null) {
                for (Map.Entry<String, Long> e : constOverrides.entrySet()) {
                    loaded = p.withKnob(e.getKey(), e.getValue());
                    if (!loaded.ok()) return diagnostics(err, loaded);
                    p = loaded.program();
                }
            } else {
                Compilation c = Compiler.compile(path, constOverrides);
                if (!c.ok()) {
                    c.diagnostics().forEach(err::println);
                    err.flush();
                    return Optional.empty();
                }
                p = new LabProgram(p.name(), c.program(), p.gomaxprocs());
            }
        }
        return Optional.of(withGomaxprocs(p));
    }

    private LabProgram withGomaxprocs(LabProgram p) {
        if (gomaxprocs != null) {
            if (gomaxprocs < 1 || gomaxprocs > RunCommand.MAX_PROCS) {
                throw new UserError("--gomaxprocs must be between 1 and " + RunCommand.MAX_PROCS + ", got " + gomaxprocs);
            }
            return p.withGomaxprocs(gomaxprocs);
        }
        return p;
    }

    private static Optional<LabProgram> diagnostics(PrintWriter err, LabProgram.Loaded loaded) {
        loaded.problems().forEach(err::println);
        err.flush();
        return Optional.empty();
    }
}
