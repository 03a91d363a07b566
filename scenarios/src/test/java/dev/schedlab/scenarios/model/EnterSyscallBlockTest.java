package dev.schedlab.scenarios.model;

import dev.schedlab.model.Simulation;
import dev.schedlab.model.config.Settings;
import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.scenarios.lang.Compilation;
import dev.schedlab.scenarios.lang.Compiler;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * entersyscallblock, as os/signal's signal_recv reaches it (notetsleepg): the P is handed off at
 * the instant the goroutine enters the call (no sysmon retake), the goroutine keeps its M in the
 * system call for good, so that M is lost to the scheduler (the thread count grows) and checkdead
 * stops reporting a deadlock, as in Go 1.23.
 */
class EnterSyscallBlockTest {
    private static final String WAIT_FOR_SIGNAL = """
            package main

            import (
            	"fmt"
            	"os"
            	"os/signal"
            )

            func main() {
            	c := make(chan os.Signal, 1)
            	signal.Notify(c, os.Interrupt)
            	fmt.Println("waiting")
            	<-c
            }
            """;

    private record Run(List<TraceEvent> events, String out, int exit, long end) {}

    private static Run run(String source, int gomaxprocs, long limitNs) {
        Compilation c = Compiler.compileSource("main.go", source);
        assertThat(c.diagnostics()).isEmpty();
        List<TraceEvent> events = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        Simulation sim = new Simulation(c.program(), Settings.of(gomaxprocs), events::add, (fd, text) -> out.append(text));
        sim.runUntil(limitNs);
        return new Run(events, out.toString(), sim.finished() ? sim.exitCode() : -1, sim.now());
    }

    @Test void thePIsHandedOffTheMomentTheGoroutineEntersTheCall() {
        Run r = run(WAIT_FOR_SIGNAL, 1, 50_000_000L);
        TraceEvent.SyscallEntered entered = null;
        int i = 0;
        for (; i < r.events().size(); i++) {
            if (r.events().get(i) instanceof TraceEvent.SyscallEntered e && e.call().equals("signal_recv")) {
                entered = e;
                break;
            }
        }
        assertThat(entered).as("the os/signal.loop goroutine enters signal_recv").isNotNull();
        // The next event releases its P at the same instant: no sysmon tick (20 µs at least) in between.
        assertThat(r.events().get(i + 1)).isEqualTo(new TraceEvent.ProcessorLeftSyscall(entered.time(), entered.p()));
        // The goroutine never leaves the call and its M runs nothing else.
        int m = entered.m();
        int g = entered.g();
        for (TraceEvent e : r.events().subList(i + 2, r.events().size())) {
            assertThat(e).isNotInstanceOf(TraceEvent.SyscallExited.class);
            if (e instanceof TraceEvent.SyscallEntered other) assertThat(other.m()).isNotEqualTo(m);
            if (e instanceof TraceEvent.GoroutineParked p) assertThat(p.g()).isNotEqualTo(g);
        }
    }

    @Test void anMInTheCallKeepsCheckdeadFromReportingADeadlock() {
        Run withSignal = run(WAIT_FOR_SIGNAL, 1, 50_000_000L);
        assertThat(withSignal.out()).isEqualTo("waiting\n");
        assertThat(withSignal.exit()).as("still running at the limit, as Go hangs").isEqualTo(-1);
        assertThat(withSignal.end()).isEqualTo(50_000_000L);

        // signal.Stop alone starts nothing: Go reports the deadlock.
        Run without = run(WAIT_FOR_SIGNAL.replace("signal.Notify(c, os.Interrupt)", "signal.Stop(c)"), 1, 50_000_000L);
        assertThat(without.out()).startsWith("waiting\nfatal error: all goroutines are asleep - deadlock!");
        assertThat(without.exit()).isEqualTo(2);
    }

    /** The recorded events fold to the live state through the handoff and the locked ensureSigM thread. */
    @Test void theRecordingFollowsTheHandoff() {
        String out = FoldCheckedRun.of("""
                package main

                import (
                	"fmt"
                	"os"
                	"os/signal"
                	"syscall"
                	"time"
                )

                func main() {
                	c := make(chan os.Signal, 1)
                	signal.Notify(c, os.Interrupt, syscall.SIGTERM)
                	time.Sleep(time.Millisecond)
                	select {
                	case <-c:
                		fmt.Println("signal")
                	case <-time.After(5 * time.Millisecond):
                		fmt.Println("none")
                	}
                }
                """, Settings.of(2), e -> { }).runToSuccess();
        assertThat(out).isEqualTo("none\n");
    }

    private static final Pattern THREADS = Pattern.compile("before (\\d+)\\nafter (\\d+)\\n");

    /**
     * Four spinning goroutines at GOMAXPROCS=4 need four Ms; after Notify one more M sits in
     * signal_recv, and ensureSigM's LockOSThread starts the template thread (its locked goroutine
     * takes an idle M). Real Go 1.23 printed "before 5, after 7" or "after 8" on the same program.
     */
    @Test void threadsGrowByTheMKeptInTheCallAndTheTemplateThread() {
        Run r = run("""
                package main

                import (
                	"fmt"
                	"os"
                	"os/signal"
                	"strings"
                	"sync"
                	"time"
                )

                func threads() string {
                	b, _ := os.ReadFile("/proc/self/status")
                	for _, l := range strings.Split(string(b), "\\n") {
                		if strings.HasPrefix(l, "Threads:") {
                			return strings.TrimSpace(l[len("Threads:"):])
                		}
                	}
                	return "?"
                }

                func spin() {
                	var wg sync.WaitGroup
                	for i := 0; i < 4; i++ {
                		wg.Add(1)
                		go func() {
                			defer wg.Done()
                			start := time.Now()
                			for time.Since(start) < 5*time.Millisecond {
                			}
                		}()
                	}
                	wg.Wait()
                }

                func main() {
                	spin()
                	fmt.Println("before", threads())
                	c := make(chan os.Signal, 1)
                	signal.Notify(c, os.Interrupt)
                	spin()
                	fmt.Println("after", threads())
                }
                """, 4, Long.MAX_VALUE);
        Matcher m = THREADS.matcher(r.out());
        assertThat(m.matches()).as(r.out()).isTrue();
        assertThat(Integer.parseInt(m.group(2))).isEqualTo(Integer.parseInt(m.group(1)) + 2);
    }
}
