package dev.schedlab.scenarios.model;

import dev.schedlab.model.config.Settings;
import dev.schedlab.model.trace.TraceEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The netpoller (reference section 7): goroutines in IO wait, and who notices that they are ready. */
class NetpollerTest {
    static final String WAITERS = """
            package main

            import (
            	"fmt"
            	"sync"
            	"time"

            	"schedlab.dev/library/lab"
            )

            func main() {
            	var wg sync.WaitGroup
            	start := time.Now()
            	for _, ms := range []int{3, 1, 2} {
            		wg.Add(1)
            		go func(ms int) {
            			defer wg.Done()
            			lab.NetWait(time.Duration(ms) * time.Millisecond)
            			fmt.Println(ms, int64(time.Since(start)/time.Microsecond))
            		}(ms)
            	}
            	wg.Wait()
            }
            """;

    static String run(String src, int procs, List<TraceEvent> events) {
        return FoldCheckedRun.of(src, Settings.of(procs), events::add).runToSuccess();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void anIdleThreadBlockedInEpollWakesWhenEachConnectionIsReady(int procs) {
        List<TraceEvent> events = new ArrayList<>();
        String[] lines = run(WAITERS, procs, events).split("\n");
        assertThat(lines).hasSize(3);
        for (int i = 0; i < 3; i++) {
            String[] f = lines[i].split(" ");
            long ms = Long.parseLong(f[0]);
            assertThat(ms).isEqualTo(i + 1); // readiness order
            assertThat(Long.parseLong(f[1])).isBetween(ms * 1000, ms * 1000 + 60);
        }
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(TraceEvent.NetpollBlocked.class,
                b -> assertThat(b.timeoutNs()).isEqualTo(-1)));
    }

    static final String BUSY_P = """
            package main

            import (
            	"fmt"
            	"time"

            	"schedlab.dev/library/lab"
            )

            func main() {
            	start := time.Now()
            	done := make(chan time.Duration)
            	go func() {
            		for time.Since(start) < 30*time.Millisecond {
            		}
            	}()
            	go func() {
            		lab.NetWait(time.Millisecond)
            		done <- time.Since(start)
            	}()
            	fmt.Println(int64(<-done / time.Microsecond))
            }
            """;

    @Test
    void withTheOnlyPBusyNobodyNoticesUntilSysmonPollsAfterTenMilliseconds() {
        List<TraceEvent> events = new ArrayList<>();
        long ranAfter = Long.parseLong(run(BUSY_P, 1, events).trim());
        assertThat(ranAfter).isBetween(10_000L, 20_000L);
        // sysmon (M1, no P) readied it: injectglist without a P puts it on the global queue.
        int readied = -1;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof TraceEvent.GoroutineReadied r && r.m() == 1) readied = i;
        }
        assertThat(readied).isPositive();
        assertThat(events.get(readied + 1)).isInstanceOf(TraceEvent.PutOnGlobalQueue.class);
    }

    @Test
    void withASecondPTheReaderRunsAsSoonAsItIsReady() {
        long ranAfter = Long.parseLong(run(BUSY_P, 2, new ArrayList<>()).trim());
        assertThat(ranAfter).isBetween(1_000L, 1_100L);
    }
}
