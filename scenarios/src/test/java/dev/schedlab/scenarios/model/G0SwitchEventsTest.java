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
