package dev.schedlab.scenarios.model;

import dev.schedlab.model.config.Settings;
import dev.schedlab.model.record.Recording;
import dev.schedlab.model.runtime.Runtime;
import dev.schedlab.model.trace.TraceEvent;
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
 * Go 1.23 timer channels (reference 8.4): time.After, NewTimer, NewTicker, Tick, AfterFunc,
 * Stop and Reset. Expected values come from the time package's documentation and from
 * Go 1.23.5 run on the same programs.
 */
class TimerChannelsTest {
    private static final String HEADER = """
            package main

            import (
            	"fmt"
            	"time"
            )

            """;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void selectWithTimeAfterTimesOutAfterTheDurationWhenNothingElseIsReady(int procs) {
        String src = HEADER + """
                func main() {
                	ch := make(chan int)
                	start := time.Now()
                	select {
                	case v := <-ch:
                		fmt.Println("value", v)
                	case t := <-time.After(50 * time.Millisecond):
                		fmt.Println("timeout", t.Sub(start) >= 50*time.Millisecond, time.Since(start) >= 50*time.Millisecond, time.Since(start) < 55*time.Millisecond)
                	}
                }
                """;
        assertThat(run(src, procs, 1)).isEqualTo("timeout true true true");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void selectWithTimeAfterTakesTheOtherCaseWhenItIsReadyFirst(int procs) {
        String src = HEADER + """
                func main() {
                	ch := make(chan int)
                	go func() {
                		time.Sleep(10 * time.Millisecond)
                		ch <- 7
                	}()
                	start := time.Now()
                	timeout := time.After(100 * time.Millisecond)
                	select {
                	case v := <-ch:
                		fmt.Println("value", v, time.Since(start) < 100*time.Millisecond)
                	case <-timeout:
                		fmt.Println("timeout")
                	}
                	time.Sleep(200 * time.Millisecond)
                	select {
                	case <-timeout:
                		fmt.Println("late value")
                	default:
                		fmt.Println("nothing yet")
                	}
                }
                """;
        // the timer keeps running after the select: its value is there for a later look (lazily)
        assertThat(run(src, procs, 1)).isEqualTo("value 7 true\nlate value");
    }

    /** Stop, Reset and len/cap as Go 1.23.5 prints them for this program. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void stopAndResetLeaveNoStaleValueAndTimerChannelsReportLenAndCapZero(int procs) {
        String src = HEADER + """
                func main() {
                	t := time.NewTimer(10 * time.Millisecond)
                	time.Sleep(20 * time.Millisecond)
                	fmt.Println("len cap", len(t.C), cap(t.C))
                	fmt.Println("stop expired unread", t.Stop())
                	select {
                	case <-t.C:
                		fmt.Println("stale")
                	default:
                		fmt.Println("no value")
                	}
                	fmt.Println("stop again", t.Stop())
                	t2 := time.NewTimer(10 * time.Millisecond)
                	time.Sleep(20 * time.Millisecond)
                	start := time.Now()
                	fmt.Println("reset expired unread", t2.Reset(30*time.Millisecond))
                	<-t2.C
                	fmt.Println("after reset", time.Since(start) >= 30*time.Millisecond)
                	fmt.Println("reset fired", t2.Reset(time.Millisecond))
                	start = time.Now()
                	tk := time.NewTicker(10 * time.Millisecond)
                	time.Sleep(35 * time.Millisecond)
                	v := <-tk.C
                	fmt.Println("slow tick", int64(v.Sub(start)/time.Millisecond))
                	v = <-tk.C
                	fmt.Println("next tick", int64(v.Sub(start)/time.Millisecond))
                	tf := time.AfterFunc(time.Hour, func() {})
                	fmt.Println("afterfunc stop", tf.Stop(), tf.Stop(), tf.C == nil)
                }
                """;
        assertThat(run(src, procs, 1)).isEqualTo("""
                len cap 0 0
                stop expired unread true
                no value
                stop again false
                reset expired unread true
                after reset true
                reset fired false
                slow tick 10
                next tick 40
                afterfunc stop true false true""");
    }

    /**
     * select runs maybeRunChan on every timer case before choosing: when the other case wins,
     * the due value sits in the channel's buffer. len/cap still say 0, and Stop drains it
     * (returning true): no stale value is received afterwards. Output of Go 1.23.5.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aBufferedTimerValueIsHiddenFromLenAndDrainedByStop(int procs) {
        String src = HEADER + """
                func main() {
                	t := time.NewTimer(time.Millisecond)
                	time.Sleep(5 * time.Millisecond)
                	ch := make(chan int, 1)
                	for {
                		ch <- 1
                		select {
                		case <-ch:
                			fmt.Println("len cap", len(t.C), cap(t.C))
                			fmt.Println("stop", t.Stop())
                			select {
                			case <-t.C:
                				fmt.Println("stale")
                			default:
                				fmt.Println("no stale value")
                			}
                			return
                		case <-t.C:
                			<-ch
                			t.Reset(0)
                		}
                	}
                }
                """;
        assertThat(run(src, procs, 1)).isEqualTo("len cap 0 0\nstop true\nno stale value");
    }

    /**
     * A channel timer is in a heap only while a goroutine is blocked on its channel: timers
     * looked at only after they are due, and a time.After nobody receives from, never enter
     * one. The only heap timers are the two sleeps'.
     */
    @Test
    void channelTimersNobodyBlocksOnStayOutOfTheHeap() {
        String src = HEADER + """
                func main() {
                	t := time.NewTimer(time.Millisecond)
                	tk := time.NewTicker(time.Millisecond)
                	time.After(time.Millisecond)
                	time.Sleep(5 * time.Millisecond)
                	<-t.C
                	<-tk.C // due since 1 ms: delivered at once, without the heap
                	time.Sleep(time.Millisecond)
                	fmt.Println("ok")
                }
                """;
        Compilation c = Compiler.compileSource("main.go", src);
        assertThat(c.diagnostics()).isEmpty();
        List<TraceEvent> timerEvents = new ArrayList<>();
        Runtime rt = new Runtime(c.program(), Settings.of(2).withSeed(1), e -> {
            if (e instanceof TraceEvent.TimerAdded || e instanceof TraceEvent.TimerFired) timerEvents.add(e);
        }, (fd, t) -> { });
        rt.run();
        assertThat(rt.exitCode()).isZero();
        assertThat(timerEvents).hasSize(4); // two sleeps: added, fired
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void stopBeforeExpiryPreventsDeliveryToABlockedReceiver(int procs) {
        String src = HEADER + """
                func main() {
                	t := time.NewTimer(50 * time.Millisecond)
                	got := make(chan bool, 1)
                	go func() {
                		select {
                		case <-t.C:
                			got <- true
                		case <-time.After(200 * time.Millisecond):
                			got <- false
                		}
                	}()
                	time.Sleep(10 * time.Millisecond)
                	fmt.Println(t.Stop())
                	fmt.Println("received", <-got)
                }
                """;
        assertThat(run(src, procs, 1)).isEqualTo("true\nreceived false");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void resetWhileAReceiverIsBlockedMovesTheFiringTime(int procs) {
        String src = HEADER + """
                func main() {
                	start := time.Now()
                	t := time.NewTimer(time.Hour)
                	go func() {
                		time.Sleep(10 * time.Millisecond)
                		fmt.Println("reset", t.Reset(20*time.Millisecond))
                	}()
                	v := <-t.C
                	e := v.Sub(start)
                	fmt.Println(e >= 30*time.Millisecond, e < 31*time.Millisecond, time.Since(start) < 35*time.Millisecond)
                }
                """;
        assertThat(run(src, procs, 1)).isEqualTo("reset true\ntrue true true");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void aTickerTicksAtEachPeriod(int procs) {
        String src = HEADER + """
                func main() {
                	start := time.Now()
                	tk := time.NewTicker(10 * time.Millisecond)
                	for i := 0; i < 5; i++ {
                		v := <-tk.C
                		fmt.Println(int64(v.Sub(start)/time.Millisecond), time.Since(start) >= v.Sub(start))
                	}
                	tk.Stop()
                	time.Sleep(50 * time.Millisecond)
                	select {
                	case <-tk.C:
                		fmt.Println("tick after Stop")
                	default:
                		fmt.Println("stopped")
                	}
                	tk.Reset(5 * time.Millisecond)
                	start = time.Now()
                	v := <-tk.C // due 5 ms after Reset, a little before start: 4 ms and some
                	fmt.Println(int64(v.Sub(start)/time.Millisecond))
                	for range time.Tick(20 * time.Millisecond) {
                		fmt.Println("tick")
                		break
                	}
                }
                """;
        assertThat(run(src, procs, 1)).isEqualTo("""
                10 true
                20 true
                30 true
                40 true
                50 true
                stopped
                4
                tick""");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void afterFuncRunsItsFunctionInItsOwnGoroutine(int procs) {
        String src = """
                package main

                import (
                	"fmt"
                	"runtime"
                	"time"
                )

                func main() {
                	start := time.Now()
                	done := make(chan int)
                	time.AfterFunc(20*time.Millisecond, func() {
                		done <- runtime.NumGoroutine()
                	})
                	stopped := time.AfterFunc(10*time.Millisecond, func() { fmt.Println("must not run") })
                	fmt.Println(stopped.Stop())
                	n := <-done
                	fmt.Println("ran", n, time.Since(start) >= 20*time.Millisecond)
                	time.Sleep(30 * time.Millisecond)
                }
                """;
        assertThat(run(src, procs, 1)).isEqualTo("true\nran 2 true");
    }

    /**
     * A goroutine blocked in select on time.After is woken by the timer firing from a heap
     * (its own P's in findRunnable, or a victim's in stealWork's last round), through goready:
     * it lands in the runnext of the P held by the M that ran checkTimers (reference 8.3 step 6).
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void aBlockedReceiverIsReadiedIntoTheRunnextOfThePThatRanTheTimer(int procs) {
        String src = HEADER + """
                func main() {
                	ch := make(chan int)
                	select {
                	case <-ch:
                	case <-time.After(3 * time.Millisecond):
                		fmt.Println("timeout")
                	}
                }
                """;
        Compilation c = Compiler.compileSource("main.go", src);
        assertThat(c.diagnostics()).isEmpty();
        Recording recording = new Recording(procs);
        List<String> afterFiring = new ArrayList<>();
        int[] runnerP = {-1};
        Runtime rt = new Runtime(c.program(), Settings.of(procs).withSeed(procs), e -> {
            recording.accept(e);
            if (e instanceof TraceEvent.TimerFired f && f.g() == 1) {
                // the M running checkTimers holds a P: its own, even when the heap is another P's (stealWork)
                runnerP[0] = recording.current().machines().stream().filter(m -> m.id() == f.m()).findFirst().orElseThrow().p();
            } else if (runnerP[0] >= 0 && e instanceof TraceEvent.GoroutineReadied r && r.g() == 1) {
                afterFiring.add("readied");
            } else if (runnerP[0] >= 0 && e instanceof TraceEvent.PutOnRunnext r && r.g() == 1) {
                afterFiring.add("runnext of the timer-running M's P: " + (r.p() == runnerP[0]));
                runnerP[0] = -1;
            }
        }, (fd, t) -> { });
        rt.run();
        assertThat(rt.exitCode()).isZero();
        assertThat(afterFiring).containsExactly("readied", "runnext of the timer-running M's P: true"); // main (G1), once
    }

    /** Folding the events rebuilds the live state after every one, timers per P included. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void foldMatchesLiveStateWithTimerChannels(int procs) {
        String src = HEADER + """
                func main() {
                	ch := make(chan int)
                	done := make(chan bool)
                	for i := 0; i < 4; i++ {
                		go func(i int) {
                			tk := time.NewTicker(time.Duration(3+i) * time.Millisecond)
                			for j := 0; j < 3; j++ {
                				select {
                				case <-tk.C:
                				case v := <-ch:
                					_ = v
                				}
                			}
                			tk.Stop()
                			t := time.NewTimer(time.Hour)
                			t.Reset(time.Millisecond)
                			<-t.C
                			t.Reset(time.Hour)
                			t.Stop()
                			done <- true
                		}(i)
                	}
                	time.AfterFunc(2*time.Millisecond, func() { ch <- 1 })
                	for i := 0; i < 4; i++ {
                		select {
                		case <-done:
                		case <-time.After(time.Second):
                			fmt.Println("timeout")
                		}
                	}
                	fmt.Println("ok")
                }
                """;
        long[] timerEvents = {0};
        String output = FoldCheckedRun.of(src, Settings.of(procs).withSeed(procs), e -> {
            if (e instanceof TraceEvent.TimerAdded || e instanceof TraceEvent.TimerFired) timerEvents[0]++;
        }).runToSuccess();
        assertThat(output).isEqualTo("ok\n");
        assertThat(timerEvents[0]).isGreaterThan(20);
    }
}
