package dev.schedlab.app.playback;

import dev.schedlab.model.vm.Program;
import dev.schedlab.scenarios.lang.Compilation;
import dev.schedlab.scenarios.lang.Compiler;
import dev.schedlab.scenarios.lang.Diagnostic;
import dev.schedlab.scenarios.scenario.Chapter;
import dev.schedlab.scenarios.scenario.Knob;
import dev.schedlab.scenarios.scenario.Scenario;
import dev.schedlab.scenarios.scenario.ScenarioLoad;
import dev.schedlab.scenarios.scenario.ScenarioLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A compiled program the lab can run, with the GOMAXPROCS it opens with.
 *
 * @param name       what the window's title shows
 * @param program    the compiled program
 * @param gomaxprocs the number of Ps it starts with
 * @param knobs      a scenario's load knobs with their current values (empty for a plain program)
 * @param chapters   a scenario's narration (empty for a plain program)
 */
public record LabProgram(String name, Program program, int gomaxprocs, Knobs knobs, List<Chapter> chapters) {
    /** A scenario's knobs, the folder to recompile with other values, and the values in force. */
    public record Knobs(Path folder, List<Knob> knobs, Map<String, Long> values) {
        public static final Knobs NONE = new Knobs(null, List.of(), Map.of());

        public Knobs {
            knobs = List.copyOf(knobs);
            values = Map.copyOf(values);
        }

        public long value(Knob k) { return values.getOrDefault(k.constName(), k.defaultValue()); }
    }

    /** The GOMAXPROCS a program opened from a file starts with. */
    public static final int DEFAULT_GOMAXPROCS = 4;
    static final String DEMO = "demo.go";

    public LabProgram {
        Objects.requireNonNull(program, "program");
        if (gomaxprocs < 1) throw new IllegalArgumentException("gomaxprocs " + gomaxprocs);
        chapters = List.copyOf(chapters);
    }

    public LabProgram(String name, Program program, int gomaxprocs) { this(name, program, gomaxprocs, Knobs.NONE, List.of()); }

    /** The same program with {@code n} Ps. */
    public LabProgram withGomaxprocs(int n) { return new LabProgram(name, program, n, knobs, chapters); }

    /** Recompiles the scenario with knob {@code constName} at {@code value}; the diagnostics if that fails. */
    public Loaded withKnob(String constName, long value) {
        Map<String, Long> next = new HashMap<>(knobs.values());
        next.put(constName, value);
        Compilation c = Compiler.compile(knobs.folder(), next);
        if (!c.ok()) return new Loaded(null, c.diagnostics().stream().map(Diagnostic::toString).toList());
        Knobs nextKnobs = new Knobs(knobs.folder(), knobs.knobs(), next);
        return new Loaded(new LabProgram(name, c.program(), gomaxprocs, nextKnobs, chapters), List.of());
    }

    /** The built-in demo: spawning, channels and sleeps at GOMAXPROCS=2. */
    public static LabProgram demo() {
        try (InputStream in = LabProgram.class.getResourceAsStream(DEMO)) {
            String source = new String(Objects.requireNonNull(in, DEMO).readAllBytes(), StandardCharsets.UTF_8);
            Compilation c = Compiler.compileSource(DEMO, source);
            if (!c.ok()) throw new IllegalStateException("the built-in demo does not compile: " + c.diagnostics());
            return new LabProgram("demo", c.program(), 2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compiles a .go file or a folder; the diagnostics when it does not compile. A scenario folder
     * brings its GOMAXPROCS, knobs and narration from scenario.yaml.
     */
    public static Loaded load(Path fileOrFolder) {
        Compilation c;
        try {
            c = Compiler.compile(fileOrFolder);
        } catch (RuntimeException e) { // an unreadable file, say: a message for the dialog, not a stack trace
            return new Loaded(null, List.of(fileOrFolder + ": " + e.getMessage()));
        }
        String name = String.valueOf(fileOrFolder.getFileName());
        if (!c.ok()) {
            List<String> problems = c.diagnostics().stream().map(Diagnostic::toString).toList();
            return new Loaded(null, problems.isEmpty() ? List.of(fileOrFolder + ": cannot compile") : problems);
        }
        Scenario s = scenarioOf(fileOrFolder);
        if (s == null) return new Loaded(new LabProgram(name, c.program(), DEFAULT_GOMAXPROCS), List.of());
        Knobs knobs = new Knobs(fileOrFolder, s.knobs(), Map.of());
        int gomaxprocs = s.gomaxprocs().orElse(DEFAULT_GOMAXPROCS);
        return new Loaded(new LabProgram(name, c.program(), gomaxprocs, knobs, s.chapters()), List.of());
    }

    /** The scenario a folder describes, or null for a plain file or a folder without a valid scenario.yaml. */
    private static Scenario scenarioOf(Path fileOrFolder) {
        if (!Files.isDirectory(fileOrFolder)) return null;
        ScenarioLoad load = ScenarioLoader.load(fileOrFolder);
        return load.scenario();
    }

    /** The outcome of {@link #load}: a program, or the problems that keep it from running. */
    public record Loaded(LabProgram program, List<String> problems) {
        public Loaded { problems = List.copyOf(problems); }

        public boolean ok() { return program != null; }
    }
}
