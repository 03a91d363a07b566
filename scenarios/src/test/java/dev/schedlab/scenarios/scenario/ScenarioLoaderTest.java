package dev.schedlab.scenarios.scenario;

import dev.schedlab.scenarios.lang.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioLoaderTest {
    @TempDir Path dir;

    private static final String MAIN = """
            package main

            import "fmt"

            const workers = 4
            const name = "x"

            var counter = 1

            func main() { fmt.Println(workers, name, counter) }
            """;

    private static final String GOOD = """
            title: Four workers
            description: >
              A paragraph
              over two lines.
            gomaxprocs: 2
            seed: 7
            knobs:
              - const: workers
                label: Workers
                min: 1
                max: 8
                default: 4
            chapters:
              - at: 2ms
                text: Two milliseconds in.
              - first: Stolen
                text: A steal.
                pause: true
            """;

    private ScenarioLoad load(String yaml) throws IOException {
        Files.writeString(dir.resolve("main.go"), MAIN);
        if (yaml != null) Files.writeString(dir.resolve("scenario.yaml"), yaml);
        return ScenarioLoader.load(dir);
    }

    /** The only problem, as file:line:col: message. */
    private String problem(String yaml) throws IOException {
        ScenarioLoad load = load(yaml);
        assertThat(load.ok()).isFalse();
        assertThat(load.problems()).hasSize(1);
        return load.problems().get(0).toString();
    }

    @Test void aCompleteFileGivesEveryField() throws IOException {
        ScenarioLoad load = load(GOOD);
        assertThat(load.problems()).isEmpty();
        Scenario s = load.scenario();
        assertThat(s.title()).isEqualTo("Four workers");
        assertThat(s.description()).isEqualTo("A paragraph over two lines.");
        assertThat(s.gomaxprocs()).hasValue(2);
        assertThat(s.seed()).isEqualTo(7);
        assertThat(s.knobs()).containsExactly(new Knob("workers", "Workers", 1, 8, 4));
        assertThat(s.chapters()).containsExactly(
                new Chapter(new Chapter.AtTime(2_000_000), "Two milliseconds in.", false),
                new Chapter(new Chapter.FirstEvent("Stolen"), "A steal.", true));
    }

    @Test void aFolderWithoutScenarioYamlIsAPlainScenarioNamedAfterIt() throws IOException {
        ScenarioLoad load = load(null);
        assertThat(load.ok()).isTrue();
        assertThat(load.scenario().title()).isEqualTo(dir.getFileName().toString());
        assertThat(load.scenario().gomaxprocs()).isEmpty();
        assertThat(load.scenario().seed()).isEqualTo(1);
        assertThat(load.scenario().knobs()).isEmpty();
    }

    @Test void malformedYamlPointsAtTheLineAndColumn() throws IOException {
        assertThat(problem("title: x\ndescription: y\nknobs: [a, b\n"))
                .startsWith("scenario.yaml:4:1: invalid YAML: ");
    }

    @Test void aMissingTitleIsReportedAtTheTopMapping() throws IOException {
        assertThat(problem("description: y\n")).isEqualTo("scenario.yaml:1:1: a scenario needs 'title'");
    }

    @Test void anUnknownKeyNamesTheKeysExpected() throws IOException {
        assertThat(problem("title: x\ndescription: y\ngomaxproc: 2\n"))
                .isEqualTo("scenario.yaml:3:1: unknown key 'gomaxproc' in a scenario "
                        + "(expected one of: title, description, gomaxprocs, seed, knobs, chapters)");
    }

    @Test void aDuplicateKeyIsAnError() throws IOException {
        assertThat(problem("title: x\ndescription: y\ntitle: z\n")).isEqualTo("scenario.yaml:3:1: duplicate key 'title' in a scenario");
    }

    @Test void aWrongTypePointsAtTheValue() throws IOException {
        assertThat(problem("title: x\ndescription: y\ngomaxprocs: many\n"))
                .isEqualTo("scenario.yaml:3:13: expected GOMAXPROCS (a decimal integer), found 'many'");
        assertThat(problem("title: x\ndescription: y\ngomaxprocs: 0\n"))
                .isEqualTo("scenario.yaml:3:13: gomaxprocs must be between 1 and 1024, got 0");
    }

    @Test void aChapterNeedsExactlyOneTriggerAndAKnownEventType() throws IOException {
        assertThat(problem("title: x\ndescription: y\nchapters:\n  - text: hello\n"))
                .startsWith("scenario.yaml:4:5: a chapter needs exactly one of 'at'");
        assertThat(problem("title: x\ndescription: y\nchapters:\n  - first: Stole\n    text: hi\n"))
                .startsWith("scenario.yaml:4:12: unknown event type 'Stole' (expected one of: ").contains("Stolen");
        assertThat(problem("title: x\ndescription: y\nchapters:\n  - at: 2 ms\n    text: hi\n"))
                .startsWith("scenario.yaml:4:9: invalid duration '2 ms'");
        assertThat(problem("title: x\ndescription: y\nchapters:\n  - at: 1ms\n    text: hi\n    pause: maybe\n"))
                .isEqualTo("scenario.yaml:6:12: expected pause (true or false), found 'maybe'");
    }

    @Test void aKnobsDefaultMustEqualTheConstInMainGo() throws IOException {
        assertThat(problem(GOOD.replace("default: 4", "default: 5")))
                .isEqualTo("scenario.yaml:12:14: knob workers: default 5 differs from main.go:5:7, where workers is 4");
    }

    @Test void aKnobMustNameAnIntegerConstOfMainGo() throws IOException {
        assertThat(problem(GOOD.replace("const: workers", "const: threads")))
                .isEqualTo("scenario.yaml:8:12: knob threads: main.go has no package-level const threads (its constants: workers, name)");
        assertThat(problem(GOOD.replace("const: workers", "const: counter")))
                .startsWith("scenario.yaml:8:12: knob counter: main.go has no package-level const counter");
        assertThat(problem(GOOD.replace("const: workers", "const: name")))
                .isEqualTo("scenario.yaml:8:12: knob name: const name at main.go:6:7 is not an integer constant");
    }

    @Test void aKnobsRangeMustHoldItsDefault() throws IOException {
        assertThat(problem(GOOD.replace("max: 8", "max: 3"))).isEqualTo("scenario.yaml:12:14: default 4 is outside 1..3");
        assertThat(problem(GOOD.replace("min: 1", "min: 9"))).isEqualTo("scenario.yaml:11:10: max 8 is below min 9");
    }

    @Test void everyProblemInAFileIsReportedAtOnce() throws IOException {
        ScenarioLoad load = load("title: x\ndescription: y\ngomaxprocs: x\nseed: y\n");
        assertThat(load.problems()).extracting(Diagnostic::line).containsExactly(3, 4);
    }

    @Test void anEmptyFileSaysWhatIsExpected() throws IOException {
        assertThat(problem("")).isEqualTo("scenario.yaml:1:1: the file is empty: expected at least 'title' and 'description'");
    }

    @Test void aMissingMainGoIsAProblemNotAnException() {
        ScenarioLoad load = ScenarioLoader.load(dir);
        assertThat(load.ok()).isFalse();
        assertThat(load.problems().get(0).message()).contains("no such file");
    }
}
