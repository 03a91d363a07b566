package dev.schedlab.scenarios.model;

import dev.schedlab.model.Simulation;
import dev.schedlab.model.config.Settings;
import dev.schedlab.model.trace.EventSink;
import dev.schedlab.scenarios.lang.Compilation;
import dev.schedlab.scenarios.lang.Compiler;
import dev.schedlab.scenarios.lang.SharedFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * shared/conformance/statistical/syscall_threads against STATISTICS.md: at GOMAXPROCS=2, 50
 * goroutines blocked in system calls each hold an M, and sysmon's retake hands their Ps to new
 * Ms, so threads grow from 4 to 53; goroutines in time.Sleep hold no M, so threads stay at 4.
 */
class ThreadGrowthTest {
    static final Pattern MID = Pattern.compile("threads_before=(\\d+) threads_at_150ms=(\\d+)");

    @ParameterizedTest(name = "{0}: {1} -> {2} threads in real Go")
    @CsvSource({"syscall,4,53", "pipe,4,53", "sleep,4,4"})
    void threadsAfterFiftyGoroutinesBlock(String mode, int realBefore, int realMid) {
        Compilation c = Compiler.compile(SharedFiles.program("conformance/statistical/syscall_threads"));
        assertThat(c.diagnostics()).isEmpty();
        StringBuilder out = new StringBuilder();
        Simulation sim = new Simulation(c.program(), Settings.of(2).withArgs(List.of(mode)), EventSink.NONE,
                (fd, text) -> { if (fd == 1) out.append(text); });
        sim.run();
        Matcher m = MID.matcher(out);
        assertThat(m.find()).as(out.toString()).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isEqualTo(realBefore);
        assertThat(Integer.parseInt(m.group(2))).isBetween((int) Math.floor(realMid * 0.85), (int) Math.ceil(realMid * 1.15));
    }
}
