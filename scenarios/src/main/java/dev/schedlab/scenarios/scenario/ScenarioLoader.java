package dev.schedlab.scenarios.scenario;

import dev.schedlab.scenarios.lang.Compiler;
import dev.schedlab.scenarios.lang.Diagnostic;
import dev.schedlab.scenarios.lang.PackageConstant;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;

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
        List<TranslationFile> translations = translations(folder, file, problems);
        if (!problems.isEmpty()) return new ScenarioLoad(null, problems);
        return new ScenarioLoad(translated(name, folder, file, translations), problems);
    }

    /** The folder's {@code scenario.LANG.yaml} files, each checked against scenario.yaml. */
    private static List<TranslationFile> translations(Path folder, ScenarioFile original, List<Diagnostic> problems) {
        List<TranslationFile> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> entries = Files.list(folder)) {
            files = entries.filter(p -> TranslationFile.languageOf(fileName(p)) != null).sorted().toList();
        } catch (IOException | RuntimeException e) {
            problems.add(new Diagnostic(DESCRIPTION, 0, 0, "cannot list " + folder + ": " + e.getMessage()));
            return found;
        }
        for (Path p : files) {
            try {
                TranslationFile t = TranslationFile.parse(fileName(p), Files.readString(p, StandardCharsets.UTF_8), original, problems);
                if (t != null) found.add(t);
            } catch (IOException | RuntimeException e) {
                problems.add(new Diagnostic(fileName(p), 0, 0, "cannot read " + p + ": " + e.getMessage()));
            }
        }
        return found;
    }

    /** The scenario with each translation's texts attached to the title, knobs and chapters they translate. */
    private static Scenario translated(String name, Path folder, ScenarioFile file, List<TranslationFile> translations) {
        Map<String, ScenarioTranslation> headings = new LinkedHashMap<>();
        for (TranslationFile t : translations) headings.put(t.language(), new ScenarioTranslation(t.title(), t.description()));
        List<Knob> knobs = new ArrayList<>();
        for (ScenarioFile.PlacedKnob placed : file.knobs()) {
            Knob k = placed.knob();
            Map<String, String> labels = new LinkedHashMap<>();
            for (TranslationFile t : translations) labels.put(t.language(), t.knobLabels().get(k.constName()));
            knobs.add(new Knob(k.constName(), k.label(), k.min(), k.max(), k.defaultValue(), labels));
        }
        List<Chapter> chapters = new ArrayList<>();
        for (int i = 0; i < file.chapters().size(); i++) {
            Chapter c = file.chapters().get(i);
            Map<String, String> texts = new LinkedHashMap<>();
            for (TranslationFile t : translations) texts.put(t.language(), t.chapterTexts().get(i));
            chapters.add(new Chapter(c.trigger(), c.text(), c.pause(), texts));
        }
        return new Scenario(name, folder, file.title(), file.description(), file.gomaxprocs(), file.seed(), knobs, chapters, headings);
    }

    private static String fileName(Path p) { return String.valueOf(p.getFileName()).replaceAll("/$", ""); }

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
