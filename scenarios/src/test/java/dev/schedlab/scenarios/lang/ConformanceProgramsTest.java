package dev.schedlab.scenarios.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every conformance program (issue 3: all of them, exactly as written) compiles without diagnostics. */
class ConformanceProgramsTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "chan_close_broadcast", "global_fairness_61_noos", "gmp2_parallel_flag", "gosched_rr", "lockosthread",
        "mutex_barging", "preempt_tight_loop", "sleep0_no_yield", "sleep_order", "spawn10_block", "unbuf_pingpong",
        "waitgroup_multi_waiters", "statistical/spawn_burst_procs", "statistical/syscall_threads"})
    void compilesWithoutDiagnostics(String name) {
        Compilation c = Compiler.compile(SharedFiles.program("conformance/" + name));
        assertThat(c.diagnostics()).isEmpty();
        assertThat(c.program().main().name()).isEqualTo("main.main");
    }
}
