package dev.schedlab.scenarios.scenario;

import dev.schedlab.model.ProgramOutput;
import dev.schedlab.model.Simulation;
import dev.schedlab.model.config.Settings;
import dev.schedlab.model.trace.EventSink;
import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.scenarios.lang.Compilation;
import dev.schedlab.scenarios.lang.Compiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every scenario that ships with SchedLab loads, compiles and runs to a clean exit, and its chapters can happen. */
class BuiltInScenariosTest {
    private static final long FIVE_SECONDS = 5_000_000_000L;

    static List<String> names() { return ScenarioLibrary.builtIn().names(); }

    @Test void theLibraryHoldsTheScenariosAndTheLessonsInOrder() {
        assertThat(names()).hasSizeGreaterThanOrEqualTo(14)
                .contains("01-sleep-wakeup", "04-blocking-syscall", "07-mutex-starvation")
                .filteredOn(n -> n.contains("lesson-")).hasSize(6).isSorted();
    }

    @Test void aScenarioIsFoundByFolderNameOrWithoutItsNumber() {
        ScenarioLibrary library = ScenarioLibrary.builtIn();
        assertThat(library.find("work-stealing")).isEqualTo(library.find("05-work-stealing")).isPresent();
        assertThat(library.find("lesson-1-one-queue")).isPresent();
        assertThat(library.find("no-such-scenario")).isEmpty();
    }

    /**
     * The window reads the library in English and Simplified Chinese: each scenario has a
     * scenario.zh-CN.yaml (the loader has checked its chapters' triggers against scenario.yaml's),
     * and every text in it is really Chinese, not a copy of the English.
     */
    @ParameterizedTest(name = "{0}") @MethodSource("names")
    void isReadableInEnglishAndSimplifiedChinese(String name) {
        ScenarioLoad load = ScenarioLoader.load(ScenarioLibrary.builtIn().find(name).orElseThrow());
        assertThat(load.problems()).isEmpty();
        Scenario s = load.scenario();
        java.util.Locale zh = java.util.Locale.SIMPLIFIED_CHINESE;
        assertThat(s.languages()).containsExactly("en", "zh-CN");
        assertThat(List.of(s.title(zh), s.description(zh))).allSatisfy(BuiltInScenariosTest::assertChinese);
        assertThat(s.knobs()).allSatisfy(k -> assertChinese(k.label(zh)));
        assertThat(s.chapters()).allSatisfy(c -> {
            assertThat(c.translations()).containsOnlyKeys("zh-CN");
            assertChinese(c.text(zh));
        });
    }

    /** Han characters, and none of the English words it translates left standing as whole sentences. */
    private static void assertChinese(String text) {
        assertThat(text).containsPattern("\\p{IsHan}");
        assertThat(text).doesNotContainPattern("\\b(the|and|with|which|is)\\b");
    }

    @ParameterizedTest(name = "{0}") @MethodSource("names")
    void loadsCompilesAndRunsToExitZeroWithinFiveSimulatedSeconds(String name) {
        ScenarioLoad load = ScenarioLoader.load(ScenarioLibrary.builtIn().find(name).orElseThrow());
        assertThat(load.problems()).isEmpty();
        Scenario s = load.scenario();
        assertThat(s.title()).isNotBlank();
        assertThat(s.description()).isNotBlank();
        assertThat(s.chapters()).isNotEmpty();
        assertThat(s.knobs()).isNotEmpty();

        Compilation c = Compiler.compile(s.folder());
        assertThat(c.diagnostics()).isEmpty();
        Set<String> seen = new HashSet<>();
        EventSink sink = (TraceEvent e) -> seen.add(e.getClass().getSimpleName());
        ProgramOutput quiet = (fd, text) -> { };
        Simulation sim = new Simulation(c.program(), Settings.of(s.gomaxprocs().orElse(2)).withSeed(s.seed()), sink, quiet);
        sim.runUntil(FIVE_SECONDS);
        assertThat(sim.finished()).as("exited within 5s of simulated time").isTrue();
        assertThat(sim.exitCode()).isZero();
        for (Chapter ch : s.chapters()) {
            if (ch.trigger() instanceof Chapter.FirstEvent first) {
                assertThat(seen).as("chapter waiting for %s", first.eventType()).contains(first.eventType());
            }
        }
    }
}
