package dev.schedlab.scenarios.model;

import dev.schedlab.model.config.Settings;
import dev.schedlab.model.runtime.Runtime;
import dev.schedlab.model.trace.TraceEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GOMAXPROCS changed from outside during a run: stop-the-world, procresize, start-the-world.
 * After every event the fold of the events equals the live state and the invariants hold.
 */
class GomaxprocsChangeTest {
    static final String BUSY = """
            package main

            import (
            	"fmt"
            	"sync"
            	"time"
            )

            func spin(d time.Duration) {
            	start := time.Now()
            	for time.Since(start) < d {
            	}
            }

            func main() {
            	var wg sync.WaitGroup
            	ch := make(chan int)
            	for i := 0; i < 12; i++ {
            		wg.Add(1)
            		go func(i int) {
            			defer wg.Done()
            			for r := 0; r < 20; r++ {
            				spin(50 * time.Microsecond)
            				if i%3 == 0 {
            					time.Sleep(100 * time.Microsecond)
            				} else if i%3 == 1 {
            					ch <- i
            				} else {
            					<-ch
            				}
            			}
            		}(i)
            	}
            	wg.Wait()
            	fmt.Println("done")
            }
            """;

    @Test
    void changingGomaxprocsMidRunKeepsTheFoldExactAndTheInvariants() {
        List<TraceEvent> resizes = new ArrayList<>();
        FoldCheckedRun checked = FoldCheckedRun.of(BUSY, Settings.of(4).withSeed(3), e -> {
            if (e instanceof TraceEvent.ProcessorsResized) resizes.add(e);
        });
        Runtime rt = checked.runtime();
        int[] plan = {2, 6, 1, 3};
        for (int i = 0; i < plan.length; i++) {
            rt.runUntil((i + 1) * 400_000L);
            rt.setGomaxprocs(plan[i]);
        }
        assertThat(checked.runToSuccess()).isEqualTo("done\n");
        assertThat(resizes).extracting(e -> ((TraceEvent.ProcessorsResized) e).gomaxprocs()).containsExactly(2, 6, 1, 3);
        assertThat(rt.gomaxprocs()).isEqualTo(3);
        assertThat(checked.recording().current().processors()).hasSize(3);
    }
}
