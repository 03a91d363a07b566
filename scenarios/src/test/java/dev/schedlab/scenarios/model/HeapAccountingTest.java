package dev.schedlab.scenarios.model;

import dev.schedlab.model.Simulation;
import dev.schedlab.model.config.Settings;
import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.scenarios.lang.Compilation;
import dev.schedlab.scenarios.lang.Compiler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slices count their elements' real size towards the heap goal (4 MB at first, GOGC=100):
 * 4 KiB buffers of bytes, int32s or ints start a cycle after about 1,024 of them, not sooner.
 */
class HeapAccountingTest {
    static final String PROGRAM = """
            package main

            var sink int

            func main() {
            	for i := 0; i < %d; i++ {
            		b := make([]%s, %d)
            		sink += len(b)
            	}
            	more := []byte{}
            	for i := 0; i < %d; i++ {
            		more = append(more, 1)
            	}
            	sink += len(more)
            }
            """;

    @ParameterizedTest(name = "{0} x make([]{1}, {2}) + {3} appended bytes: GC {4}")
    @CsvSource({
            "900, byte, 4096, 0, false", "1100, byte, 4096, 0, true",
            "900, int32, 1024, 0, false", "1100, int32, 1024, 0, true",
            "900, int, 512, 0, false", "1100, int, 512, 0, true",
            "0, byte, 1, 200000, false"})
    void aCycleStartsWhenTheRealBytesReachTheGoal(int count, String element, int length, int appended, boolean cycle) {
        Compilation c = Compiler.compileSource("main.go", PROGRAM.formatted(count, element, length, appended));
        assertThat(c.diagnostics()).isEmpty();
        List<TraceEvent> marks = new ArrayList<>();
        Simulation sim = new Simulation(c.program(), Settings.of(1), e -> {
            if (e instanceof TraceEvent.GcPhaseChanged) marks.add(e);
        }, (fd, t) -> { });
        sim.run();
        assertThat(sim.exitCode()).isZero();
        assertThat(marks.isEmpty()).isEqualTo(!cycle);
    }
}
