package dev.schedlab.scenarios.model;

import dev.schedlab.model.config.Settings;
import dev.schedlab.model.runtime.Runtime;
import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.model.trace.WaitReason;
import dev.schedlab.scenarios.lang.Compilation;
import dev.schedlab.scenarios.lang.Compiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static dev.schedlab.scenarios.model.SynchronisationTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * sync.Once and sync.Cond as the sync package documents them: Do runs f once and no call
 * returns before f returned; Cond.Signal wakes one waiter (the longest waiting: notifyList
 * is FIFO), Broadcast all, and a Signal with no waiter is not remembered. The programs'
 * outputs are Go 1.23.5's.
 */
class OnceAndCondTest {
    static final String ONCE = """
                package main

                import (
                	"fmt"
                	"sync"
                	"time"
                )

                func main() {
                	var once sync.Once
                	var wg sync.WaitGroup
                	calls := 0
                	x := 0
                	seen := []int{}
                	var mu sync.Mutex
                	for i := 0; i < 10; i++ {
                		wg.Add(1)
                		go func() {
                			defer wg.Done()
                			once.Do(func() {
                				calls++
                				time.Sleep(10 * time.Millisecond)
                				x = 42
                			})
                			mu.Lock()
                			seen = append(seen, x)
                			mu.Unlock()
                		}()
                	}
                	wg.Wait()
                	once.Do(func() { calls += 100 })
                	fmt.Println(calls, seen)
                }
                """;

    static final String COND = """
                package main

                import (
                	"fmt"
                	"sync"
                	"time"
                )

                func main() {
                	var mu sync.Mutex
                	c := sync.NewCond(&mu)
                	c.Signal() // nobody waits: nothing to remember
                	order := []int{}
                	var wg sync.WaitGroup
                	for i := 0; i < 3; i++ {
                		wg.Add(1)
                		go func(i int) {
                			defer wg.Done()
                			mu.Lock()
                			c.Wait()
                			order = append(order, i)
                			mu.Unlock()
                		}(i)
                		time.Sleep(time.Millisecond)
                	}
                	for i := 0; i < 3; i++ {
                		mu.Lock()
                		c.Signal()
                		mu.Unlock()
                		time.Sleep(time.Millisecond)
                	}
                	wg.Wait()
                	fmt.Println(order)

                	ready := false
                	woken := 0
                	for i := 0; i < 5; i++ {
                		wg.Add(1)
                		go func() {
                			defer wg.Done()
                			c.L.Lock()
                			for !ready {
                				c.Wait()
                			}
                			woken++
                			c.L.Unlock()
                		}()
                	}
                	time.Sleep(5 * time.Millisecond)
                	c.L.Lock()
                	ready = true
                	c.Broadcast()
                	c.L.Unlock()
                	wg.Wait()
                	fmt.Println("woken", woken)
                }
                """;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void onceDoRunsFExactlyOnceAndConcurrentCallersWaitUntilItReturned(int procs) {
        assertThat(run(ONCE, procs, procs)).isEqualTo("1 [42 42 42 42 42 42 42 42 42 42]");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void condSignalWakesWaitersInFifoOrderAndBroadcastWakesAll(int procs) {
        assertThat(run(COND, procs, procs)).isEqualTo("[0 1 2]\nwoken 5");
    }

    @Test
    void condWaitersParkWithReasonSyncCondWait() {
        Compilation c = Compiler.compileSource("main.go", COND);
        assertThat(c.diagnostics()).isEmpty();
        List<WaitReason> reasons = new ArrayList<>();
        Runtime rt = new Runtime(c.program(), Settings.of(2).withSeed(1), e -> {
            if (e instanceof TraceEvent.GoroutineParked p) reasons.add(p.reason());
        }, (fd, t) -> { });
        rt.run();
        assertThat(rt.exitCode()).isZero();
        assertThat(reasons.stream().filter(r -> r == WaitReason.SYNC_COND_WAIT).count()).isEqualTo(8);
        assertThat(WaitReason.SYNC_COND_WAIT.text()).isEqualTo("sync.Cond.Wait");
    }

    @Test
    void onceDoWithADifferentFunctionAfterTheFirstDoesNothingAndOnceInAStructWorks() {
        String src = """
                package main

                import (
                	"fmt"
                	"sync"
                )

                type config struct {
                	once sync.Once
                	val  int
                }

                func (c *config) get() int {
                	c.once.Do(func() { c.val++ })
                	return c.val
                }

                func main() {
                	var c config
                	fmt.Println(c.get(), c.get())
                	var o sync.Once
                	o.Do(func() { fmt.Println("first") })
                	o.Do(func() { fmt.Println("second") })
                }
                """;
        assertThat(run(src, 1, 1)).isEqualTo("1 1\nfirst");
    }
}
