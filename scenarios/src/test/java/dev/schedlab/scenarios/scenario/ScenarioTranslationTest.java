package dev.schedlab.scenarios.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** scenario.LANG.yaml: a translation beside scenario.yaml, checked against it chapter by chapter. */
class ScenarioTranslationTest {
    @TempDir Path dir;

    private static final String MAIN = """
            package main

            import "fmt"

            const workers = 4

            func main() { fmt.Println(workers) }
            """;

    private static final String ORIGINAL = """
            title: Four workers
            description: Four of them.
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

    private static final String CHINESE = """
            title: 四个 worker
            description: 四个。
            knobs:
              workers: worker 数量
            chapters:
              - at: 2ms
                text: 两毫秒了。
              - first: Stolen
                text: 一次窃取。
            """;

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private ScenarioLoad load(String chinese) throws IOException {
        Files.writeString(dir.resolve("main.go"), MAIN);
        Files.writeString(dir.resolve("scenario.yaml"), ORIGINAL);
        Files.writeString(dir.resolve("scenario.zh-CN.yaml"), chinese);
        return ScenarioLoader.load(dir);
    }

    private String problem(String chinese) throws IOException {
        ScenarioLoad load = load(chinese);
        assertThat(load.ok()).isFalse();
        assertThat(load.problems()).hasSize(1);
        return load.problems().get(0).toString();
    }

    @Test void theTranslationGivesTitleDescriptionKnobLabelsAndNarrationInChinese() throws IOException {
        ScenarioLoad load = load(CHINESE);
        assertThat(load.problems()).isEmpty();
        Scenario s = load.scenario();
        assertThat(s.languages()).containsExactly("en", "zh-CN");
        assertThat(s.title(ZH)).isEqualTo("四个 worker");
        assertThat(s.description(ZH)).isEqualTo("四个。");
        assertThat(s.knobs().get(0).label(ZH)).isEqualTo("worker 数量");
        assertThat(s.chapters()).extracting(c -> c.text(ZH)).containsExactly("两毫秒了。", "一次窃取。");
        // The pause and the trigger stay scenario.yaml's.
        assertThat(s.chapters().get(1).pause()).isTrue();
    }

    @Test void englishAndUntranslatedLanguagesReadTheOriginal() throws IOException {
        Scenario s = load(CHINESE).scenario();
        assertThat(s.title(Locale.ENGLISH)).isEqualTo("Four workers");
        assertThat(s.title(Locale.FRENCH)).isEqualTo("Four workers");
        assertThat(s.chapters().get(0).text(Locale.GERMAN)).isEqualTo("Two milliseconds in.");
        assertThat(s.knobs().get(0).label(Locale.ENGLISH)).isEqualTo("Workers");
        // Chinese written as the language alone still finds zh-CN.
        assertThat(s.title(Locale.CHINESE)).isEqualTo("四个 worker");
    }

    @Test void aChapterAtAnotherTriggerIsReportedWhereItStarts() throws IOException {
        assertThat(problem(CHINESE.replace("- first: Stolen", "- first: StealFailed")))
                .isEqualTo("scenario.zh-CN.yaml:8:12: chapter 2 of scenario.yaml starts at the first Stolen, this one at the first StealFailed");
        assertThat(problem(CHINESE.replace("- at: 2ms", "- at: 3ms")))
                .isEqualTo("scenario.zh-CN.yaml:6:9: chapter 1 of scenario.yaml starts at 2ms, this one at 3ms");
    }

    @Test void aMissingOrExtraChapterIsReported() throws IOException {
        String oneChapter = CHINESE.substring(0, CHINESE.indexOf("  - first: Stolen"));
        assertThat(problem(oneChapter)).isEqualTo("scenario.zh-CN.yaml:6:3: scenario.yaml has 2 chapters, this translation 1");
        String threeChapters = CHINESE + "  - at: 5ms\n    text: 多余的。\n";
        assertThat(problem(threeChapters))
                .isEqualTo("scenario.zh-CN.yaml:10:5: scenario.yaml has only 2 chapters: this one translates none of them");
    }

    @Test void everyKnobNeedsItsLabelAndNoOtherConstIsAllowed() throws IOException {
        assertThat(load(CHINESE.replace("  workers: worker 数量\n", "  threads: 线程\n")).problems()).extracting(Object::toString).containsExactly(
                "scenario.zh-CN.yaml:4:3: unknown key 'threads' in the knobs' labels by const (expected one of: workers)",
                "scenario.zh-CN.yaml:4:3: missing the label of knob workers");
        ScenarioLoad load = load(CHINESE.replace("knobs:\n  workers: worker 数量\n", ""));
        assertThat(load.problems()).extracting(Object::toString)
                .containsExactly("scenario.zh-CN.yaml:1:1: a translation needs 'knobs': the label of each knob by its const (workers)");
    }

    @Test void settingsBelongToScenarioYamlAlone() throws IOException {
        assertThat(problem("gomaxprocs: 2\n" + CHINESE))
                .isEqualTo("scenario.zh-CN.yaml:1:1: unknown key 'gomaxprocs' in a translation (expected one of: title, description, knobs, chapters)");
        assertThat(problem(CHINESE.replace("text: 一次窃取。", "text: 一次窃取。\n    pause: false")))
                .startsWith("scenario.zh-CN.yaml:10:5: unknown key 'pause' in a chapter");
    }

    @Test void malformedYamlOrAnEmptyTranslationPointsAtTheTranslationFile() throws IOException {
        assertThat(problem("title: [x\n")).startsWith("scenario.zh-CN.yaml:2:1: invalid YAML");
        assertThat(problem("")).isEqualTo("scenario.zh-CN.yaml:1:1: the file is empty: expected at least 'title' and 'description'");
    }

    @Test void aBadLanguageTagInTheFileNameIsReported() throws IOException {
        Files.writeString(dir.resolve("main.go"), MAIN);
        Files.writeString(dir.resolve("scenario.yaml"), ORIGINAL);
        Files.writeString(dir.resolve("scenario.zh_CN.yaml"), CHINESE);
        ScenarioLoad load = ScenarioLoader.load(dir);
        assertThat(load.problems()).extracting(Object::toString).containsExactly(
                "scenario.zh_CN.yaml:1:1: a translation's name must be scenario.LANG.yaml with LANG a language tag such as zh-CN");
    }
}
