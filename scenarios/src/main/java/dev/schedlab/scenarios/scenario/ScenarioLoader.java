package dev.schedlab.scenarios.scenario;

import dev.schedlab.scenarios.lang.Compiler;
import dev.schedlab.scenarios.lang.Diagnostic;
import dev.schedlab.scenarios.lang.PackageConstant;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Reads a scenario folder: {@code main.go} and, if present, {@code scenario.yaml}. Checks the
 * file and that every knob names an integer const of main.go whose value is the knob's
 * default (the slider must start where the program does). Never throws for bad input.
 */
public final class ScenarioLoader {
    public static final String MAIN = "main.go";
    public static final String DESCRIPTION = "scenario.yaml";

    private ScenarioLoader() {}

    public static ScenarioLoad load(Path folder) {
        String name = folderName(folder);
        Path main = folder.resolve(MAIN);
        Path yaml = folder.resolve(DESCRIPTION);
        List<Diagnostic> problems = new ArrayList<>();
        if (!Files.isRegularFile(main)) {
            return failed(new Diagnostic(MAIN, 0, 0, "cannot read " + main + ": no such file"));
        }
        if (!Files.exists(yaml)) {
            return new ScenarioLoad(new Scenario(name, folder, name, "", OptionalInt.empty(), Scenario.DEFAULT_SEED, List.of(), List.of()), problems);
        }
        String yamlText;
        String mainText;
        try {
            yamlText = Files.readString(yaml, StandardCharsets.UTF_8);
            mainText = Files.readString(main, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return failed(new Diagnostic(DESCRIPTION, 0, 0, "cannot read " + folder + ": " + e.getMessage()));
        }
        ScenarioFile file = ScenarioFile.parse(DESCRIPTION, yamlText, problems);
        if (file == null) return new ScenarioLoad(null, problems);
        checkKnobsAgainstMain(file, Compiler.packageConstants(MAIN, mainText), problems);
        if (!problems.isEmpty()) return new ScenarioLoad(null, problems);
        List<Knob> knobs = file.knobs().stream().map(ScenarioFile.PlacedKnob::knob).toList();
        return new ScenarioLoad(new Scenario(name, folder, file.title(), file.description(), file.gomaxprocs(), file.seed(),
                knobs, file.chapters()), problems);
    }

    private static void checkKnobsAgainstMain(ScenarioFile file, Map<String, PackageConstant> constants, List<Diagnostic> problems) {
        for (ScenarioFile.PlacedKnob placed : file.knobs()) {
            Knob k = placed.knob();
            PackageConstant c = constants.get(k.constName());
            if (c == null) {
                problems.add(at(placed.constAt(), "knob " + k.constName() + ": main.go has no package-level const " + k.constName()
                        + (constants.isEmpty() ? "" : " (its constants: " + String.join(", ", constants.keySet()) + ")")));
            } else if (!c.isInteger()) {
                problems.add(at(placed.constAt(), "knob " + k.constName() + ": const " + k.constName() + " at main.go:" + c.line() + ":"
                        + c.column() + " is not an integer constant"));
            } else if ((long) c.value() != k.defaultValue()) {
                problems.add(at(placed.defaultAt(), "knob " + k.constName() + ": default " + k.defaultValue() + " differs from main.go:"
                        + c.line() + ":" + c.column() + ", where " + k.constName() + " is " + c.value()));
            }
        }
    }

    private static Diagnostic at(org.yaml.snakeyaml.error.Mark mark, String message) {
        return new Diagnostic(DESCRIPTION, mark.getLine() + 1, mark.getColumn() + 1, message);
    }

    private static ScenarioLoad failed(Diagnostic d) { return new ScenarioLoad(null, List.of(d)); }

    private static String folderName(Path folder) {
        Path normalized = folder.toAbsolutePath().normalize();
        Path last = normalized.getFileName();
        return last == null ? normalized.toString() : last.toString().replaceAll("/$", "");
    }
}
