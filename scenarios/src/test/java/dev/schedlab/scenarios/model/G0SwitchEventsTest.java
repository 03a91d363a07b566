package dev.schedlab.scenarios.model;

import dev.schedlab.model.config.Settings;
import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.model.trace.TraceEvent.GoroutinePreempted;
import dev.schedlab.model.trace.TraceEvent.ReturnedToGoroutine;
import dev.schedlab.model.trace.TraceEvent.StackGrown;
import dev.schedlab.model.trace.TraceEvent.SwitchedToG0;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * morestack's switch to g0 is an event like mcall's: each stack growth is framed by a switch to g0
 * for newstack and a return to the goroutine (gogo), and a preemption through the prologue switches
 * once, not twice. Both runs are checked fold against live state after every event.
 */
class G0SwitchEventsTest {
    static final String RECURSION = """
            package main

            import "fmt"

            func depth(n int) int {
            	if n == 0 {
            		return 0
            	}
            	return depth(n-1) + 1
            }

            func main() {
            	fmt.Println(depth(3000))
            }
            """;

    @Test void everyStackGrowthIsFramedByASwitchToG0AndAReturnToTheGoroutine() {
        List<TraceEvent> events = new ArrayList<>();
        FoldCheckedRun run = FoldCheckedRun.of(RECURSION, Settings.of(1), events::add);
        assertThat(run.runToSuccess()).isEqualTo("3000\n");
        int grown = 0;
        for (int i = 0; i < events.size(); i++) {
            if (!(events.get(i) instanceof StackGrown g)) continue;
            grown++;
            assertThat(events.get(i - 1)).isEqualTo(new SwitchedToG0(events.get(i - 1).time(), g.m(), g.g(), "newstack"));
            assertThat(events.get(i + 1)).isEqualTo(new ReturnedToGoroutine(g.time(), g.m(), g.g()));
        }
        assertThat(grown).as("2 KiB to 256 KiB").isEqualTo(7);
    }

    static final String SEND_AND_SLEEP = """
            package main

            import (
            	"fmt"
            	"time"
            )

            func main() {
            	ch := make(chan int)
            	go func() { fmt.Println(<-ch) }()
            	time.Sleep(time.Millisecond) // the receiver parks; main's timer fires on g0
            	ch <- 7
            	time.Sleep(time.Millisecond)
            }
            """;

    /**
     * newproc and goready from a running goroutine go through systemstack: each is one
     * RanOnSystemstack event by that goroutine's M, right before what it does. Readying from g0
     * (a timer that fires in findRunnable) needs no switch and records none.
     */
    @Test void newprocAndGoreadyFromAGoroutineRunOnTheSystemstack() {
        List<TraceEvent> events = new ArrayList<>();
        FoldCheckedRun run = FoldCheckedRun.of(SEND_AND_SLEEP, Settings.of(1), events::add);
        assertThat(run.runToSuccess()).isEqualTo("7\n");
        int fromGoroutine = 0, fromG0 = 0;
        for (int i = 1; i < events.size(); i++) {
            TraceEvent e = events.get(i), before = events.get(i - 1);
            if (e instanceof TraceEvent.GoroutineCreated c && c.function().startsWith("main.")) { // a go statement (not start-up)
                assertThat(before).isEqualTo(new TraceEvent.RanOnSystemstack(c.time(), c.m(), 1, "runtime.newproc.func1"));
            }
            if (e instanceof TraceEvent.GoroutineReadied r) {
                if (r.waker() >= 0) {
                    fromGoroutine++;
                    assertThat(before).isEqualTo(new TraceEvent.RanOnSystemstack(r.time(), r.m(), r.waker(), "runtime.goready.func1"));
                } else {
                    fromG0++;
                    assertThat(before).isNotInstanceOf(TraceEvent.RanOnSystemstack.class);
                }
            }
        }
        assertThat(fromGoroutine).as("main's send readies the receiver").isPositive();
        assertThat(fromG0).as("the sleeps' timers ready main from g0").isPositive();
    }

    @Test void aPreemptionThroughThePrologueSwitchesToG0Once() {
        List<TraceEvent> events = new ArrayList<>();
        FoldCheckedRun run = FoldCheckedRun.of(StackAndPrologueTest.SPINNER.formatted("step"),
                Settings.of(1).withGodebug(Map.of("asyncpreemptoff", "1")), events::add);
        run.runToSuccess();
        List<Integer> preempted = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) if (events.get(i) instanceof GoroutinePreempted) preempted.add(i);
        assertThat(preempted).isNotEmpty();
        for (int i : preempted) {
            GoroutinePreempted p = (GoroutinePreempted) events.get(i);
            assertThat(events.get(i - 1)).isInstanceOfSatisfying(SwitchedToG0.class, s -> {
                assertThat(s.fn()).isEqualTo("newstack");
                assertThat(s.g()).isEqualTo(p.g());
            });
            assertThat(events.get(i - 2)).isNotInstanceOf(SwitchedToG0.class);
        }
    }
}
