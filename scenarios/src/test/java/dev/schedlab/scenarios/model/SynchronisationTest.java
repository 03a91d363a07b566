package dev.schedlab.scenarios.model;

import dev.schedlab.model.Simulation;
import dev.schedlab.model.config.Settings;
import dev.schedlab.model.trace.EventSink;
import dev.schedlab.scenarios.lang.Compilation;
import dev.schedlab.scenarios.lang.Compiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Wake-up orders and mutex modes of reference section 9, on small Go programs. */
class SynchronisationTest {
    static String run(String source, int gomaxprocs, long seed) { // shared with other model tests
        Compilation c = Compiler.compileSource("main.go", source);
        assertThat(c.diagnostics()).isEmpty();
        StringBuilder out = new StringBuilder();
        Simulation sim = new Simulation(c.program(), Settings.of(gomaxprocs).withSeed(seed), EventSink.NONE,
                (fd, text) -> out.append(text));
        sim.run();
        assertThat(sim.exitCode()).as(out.toString()).isZero();
        return out.toString().trim();
    }

    /**
     * closechan readies its waiters from a LIFO list: the first receiver to park ends up in
     * runnext and runs first; the others follow in reverse park order. With n receivers
     * spawned R0..R(n-1), the last spawned parks first (runnext), so they wake R(n-1), R(n-2) ... R0.
     */
    @ParameterizedTest
    @ValueSource(ints = {2, 3, 5, 8})
    void closeWakesTheFirstParkedReceiverFirstThenTheRestInReverse(int n) {
        String src = """
                package main

                import (
                	"fmt"
                	"runtime"
                	"sync"
                )

                func main() {
                	ch := make(chan int)
                	var wg sync.WaitGroup
                	order := []int{}
                	for i := 0; i < %d; i++ {
                		wg.Add(1)
                		go func(i int) {
                			defer wg.Done()
                			<-ch
                			order = append(order, i)
                		}(i)
                	}
                	runtime.Gosched()
                	close(ch)
                	wg.Wait()
                	fmt.Println(order)
                }
                """.formatted(n);
        StringBuilder expected = new StringBuilder("[");
        for (int i = n - 1; i >= 0; i--) expected.append(i).append(i > 0 ? " " : "]");
        assertThat(run(src, 1, 1)).isEqualTo(expected.toString());
    }

    static final String STARVATION = """
            package main

            import (
            	"fmt"
            	"sync"
            	"time"
            )

            func busy(d time.Duration) {
            	start := time.Now()
            	for time.Since(start) < d {
            	}
            }

            func main() {
            	var mu sync.Mutex
            	var wg sync.WaitGroup
            	var waited time.Duration
            	wg.Add(2)
            	go func() {
            		defer wg.Done()
            		for i := 0; i < 60; i++ {
            			mu.Lock()
            			busy(100 * time.Microsecond)
            			mu.Unlock()
            		}
            	}()
            	go func() {
            		defer wg.Done()
            		busy(50 * time.Microsecond)
            		start := time.Now()
            		mu.Lock()
            		waited = time.Since(start)
            		mu.Unlock()
            	}()
            	wg.Wait()
            	fmt.Println(int64(waited / time.Microsecond))
            }
            """;

    /**
     * A goroutine that keeps losing the mutex to a barging holder waits a little over 1 ms:
     * then it switches the mutex to starvation mode and the next Unlock hands it over.
     * Without starvation mode it would wait for the whole 6 ms loop.
     */
    @Test
    void aWaiterStarvedForOverOneMillisecondGetsTheMutexHandedOver() {
        for (long seed = 1; seed <= 5; seed++) {
            long waitedUs = Long.parseLong(run(STARVATION, 2, seed));
            assertThat(waitedUs).as("seed %d", seed).isBetween(1_000L, 1_400L);
        }
    }
}
