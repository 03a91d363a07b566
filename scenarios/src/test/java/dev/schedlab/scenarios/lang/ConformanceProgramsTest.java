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

    /** On the one-thread TestHost (tid 1, Threads: 1, GOMAXPROCS 1) the programs' own logic runs to Go's output shape. */
    @org.junit.jupiter.api.Test
    void runtimeFacingProgramsRunOnTheVm() {
        assertThat(TestHost.run(Compiler.compile(SharedFiles.program("conformance/statistical/syscall_threads")).program()))
                .isEqualTo("mode=syscall GOMAXPROCS=1 threads_before=1 threads_at_150ms=1 threads_after=1\n");
        assertThat(TestHost.run(Compiler.compile(SharedFiles.program("conformance/lockosthread")).program()))
                .isEqualTo("g0 g1 g2 | worker_threads=1 workers_on_main_thread=true main_same_thread=true\n");
        assertThat(TestHost.run(Compiler.compile(SharedFiles.program("conformance/global_fairness_61_noos")).program()))
                // FIFO run queue, no runnext: W's Gosched lets exactly one more link of the chain run
                .isEqualTo("Q:main_back_after=200/200 C:W_back_after=2/200\n");
        // spawn_burst_procs busy-waits on time.Since, which needs the model's clock; its linkname part:
        assertThat(ExecutionTest.runFile("""
                package main

                import (
                	"fmt"
                	_ "unsafe"
                )

                //go:linkname procPin runtime.procPin
                func procPin() int

                //go:linkname procUnpin runtime.procUnpin
                func procUnpin()

                func main() {
                	p := procPin()
                	procUnpin()
                	fmt.Println("P", p)
                }
                """)).isEqualTo("P 0\n");
    }

    @org.junit.jupiter.api.Test
    void fprintfWritesToTheFileGiven() {
        assertThat(ExecutionTest.runFile("""
                package main

                import (
                	"fmt"
                	"os"
                	"runtime"
                )

                func main() {
                	n, err := fmt.Fprintf(os.Stderr, "%d-%s\\n", 7, "x")
                	fmt.Fprintln(os.Stdout, n, err, runtime.GOMAXPROCS(4), runtime.GOMAXPROCS(0), len(os.Args))
                }
                """)).isEqualTo("7-x\n4 <nil> 1 4 1\n");
    }
}
