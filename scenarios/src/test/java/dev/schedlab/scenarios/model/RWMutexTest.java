package dev.schedlab.scenarios.model;

import dev.schedlab.model.Simulation;
import dev.schedlab.model.config.Settings;
import dev.schedlab.model.trace.EventSink;
import dev.schedlab.scenarios.lang.Compilation;
import dev.schedlab.scenarios.lang.Compiler;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** sync.RWMutex (sync/rwmutex.go): readers share it, a pending writer blocks new readers, writers exclude all. */
class RWMutexTest {
    @Test void aPendingWriterGoesBeforeReadersThatCameAfterIt() {
        // Go 1.23 prints the same line for this program.
        assertThat(run("""
                package main

                import (
                	"fmt"
                	"sync"
                	"time"
                )

                func main() {
                	var rw sync.RWMutex
                	var wg sync.WaitGroup
                	var log []string
                	var mu sync.Mutex
                	note := func(s string) { mu.Lock(); log = append(log, s); mu.Unlock() }
                	rw.RLock()
                	for i := 0; i < 3; i++ {
                		wg.Add(1)
                		go func(i int) {
                			defer wg.Done()
                			rw.RLock()
                			note(fmt.Sprint("reader", i))
                			time.Sleep(time.Millisecond)
                			rw.RUnlock()
                		}(i)
                	}
                	time.Sleep(100 * time.Microsecond)
                	wg.Add(1)
                	go func() {
                		defer wg.Done()
                		rw.Lock()
                		note("writer")
                		rw.Unlock()
                	}()
                	time.Sleep(100 * time.Microsecond)
                	wg.Add(1)
                	go func() {
                		defer wg.Done()
                		rw.RLock()
                		note("late reader")
                		rw.RUnlock()
                	}()
                	time.Sleep(100 * time.Microsecond)
                	rw.RUnlock()
                	wg.Wait()
                	fmt.Println(log[3:])
                }
                """, 1)).isEqualTo("[writer late reader]\n");
    }

    @Test void readersHoldItTogether() {
        // Four readers each holding it for 2 ms finish in about 2 ms, not 8.
        String out = run("""
                package main

                import (
                	"fmt"
                	"sync"
                	"time"
                )

                func main() {
                	var rw sync.RWMutex
                	var wg sync.WaitGroup
                	start := time.Now()
                	for i := 0; i < 4; i++ {
                		wg.Add(1)
                		go func() {
                			defer wg.Done()
                			rw.RLock()
                			time.Sleep(2 * time.Millisecond)
                			rw.RUnlock()
                		}()
                	}
                	wg.Wait()
                	rw.Lock()
                	fmt.Println(time.Since(start) < 4*time.Millisecond)
                	rw.Unlock()
                }
                """, 2);
        assertThat(out).isEqualTo("true\n");
    }

    @Test void lockingTwiceDeadlocksOnTheWritersMutex() {
        String out = run("""
                package main

                import "sync"

                func main() {
                	var rw sync.RWMutex
                	rw.Lock()
                	rw.Lock()
                }
                """, 1);
        assertThat(out).startsWith("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [sync.Mutex.Lock]:\n");
    }

    @Test void unlockingAReadLockThatIsNotHeldIsFatal() {
        assertThat(run("""
                package main

                import "sync"

                func main() {
                	var rw sync.RWMutex
                	rw.RUnlock()
                }
                """, 1)).startsWith("fatal error: sync: RUnlock of unlocked RWMutex\n");
    }

    private static String run(String src, int procs) {
        Compilation c = Compiler.compileSource("main.go", src);
        assertThat(c.diagnostics()).isEmpty();
        StringBuilder out = new StringBuilder();
        new Simulation(c.program(), Settings.of(procs), EventSink.NONE, (fd, text) -> out.append(text)).run();
        return out.toString();
    }
}
