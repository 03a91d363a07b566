package dev.schedlab.scenarios.model;

import dev.schedlab.model.config.Settings;
import dev.schedlab.model.record.Recording;
import dev.schedlab.model.runtime.Runtime;
import dev.schedlab.model.trace.GcWorkerMode;
import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.scenarios.lang.Compilation;
import dev.schedlab.scenarios.lang.Compiler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** runtime.GC: two stop-the-world phases around concurrent mark (reference 10.1-10.3). */
class GcCycleTest {
    static final String PROGRAM = """
            package main

            import (
            	"fmt"
            	"runtime"
            	"sync"
            	"syscall"
            	"time"
            )

            func main() {
            	var wg sync.WaitGroup
            	for i := 0; i < 2; i++ {
            		wg.Add(1)
            		go func() {
            			defer wg.Done()
            			ts := syscall.NsecToTimespec(int64(3 * time.Millisecond))
            			syscall.Nanosleep(&ts, nil)
            		}()
            	}
            	for i := 0; i < 2; i++ {
            		wg.Add(1)
            		go func() {
            			defer wg.Done()
            			start := time.Now()
            			for time.Since(start) < 2*time.Millisecond {
            			}
            		}()
            	}
            	time.Sleep(200 * time.Microsecond)
            	runtime.GC()
            	fmt.Println("collected")
            	wg.Wait()
            	fmt.Println("done")
            }
            """;

    record Run(List<TraceEvent> events, String output) {}

    static Run run(int procs) {
        List<TraceEvent> events = new ArrayList<>();
        String output = FoldCheckedRun.of(PROGRAM, Settings.of(procs), events::add).runToSuccess();
        return new Run(events, output);
    }

    @org.junit.jupiter.api.Test
    void theRecordedStateKnowsWhyTheWorldStopsAndTheGcPhaseAlsoAfterASeek() {
        Compilation c = Compiler.compileSource("main.go", PROGRAM);
        Recording recording = new Recording(2, 16, 1); // checkpoints every few events: seeks restore from them
        new Runtime(c.program(), Settings.of(2), recording, (fd, t) -> { }).run();

        long stopping = -1, marking = -1, started = -1;
        long i = 0;
        for (TraceEvent e : (Iterable<TraceEvent>) recording.events(0, recording.eventCount())::iterator) {
            i++;
            if (e instanceof TraceEvent.WorldStopping && stopping < 0) stopping = i;
            if (e instanceof TraceEvent.GcPhaseChanged p && p.phase().equals("mark") && marking < 0) marking = i;
            if (e instanceof TraceEvent.WorldStarted && stopping > 0 && started < 0) started = i;
        }
        assertThat(recording.stateAtEvent(stopping).stopReason()).isEqualTo("GC (sweep termination)");
        assertThat(recording.stateAtEvent(started).stopReason()).isEmpty();
        assertThat(recording.stateAtEvent(marking).gcPhase()).isEqualTo("mark");
        long workerStarted = -1, workerStopped = -1, j = 0;
        int workerP = -1;
        for (TraceEvent e : (Iterable<TraceEvent>) recording.events(0, recording.eventCount())::iterator) {
            j++;
            if (e instanceof TraceEvent.GcWorkerStarted w && workerStarted < 0) { workerStarted = j; workerP = w.p(); }
            if (e instanceof TraceEvent.GcWorkerStopped w && w.p() == workerP && workerStopped < 0) workerStopped = j;
        }
        assertThat(recording.stateAtEvent(workerStarted).markWorkerPs()).contains(workerP);
        assertThat(recording.stateAtEvent(workerStopped).markWorkerPs()).doesNotContain(workerP);
        assertThat(recording.stateAtEvent(stopping - 1).gcPhase()).isEqualTo("off");
        assertThat(recording.stateAtEvent(recording.eventCount()).gcPhase()).isEqualTo("off");
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4})
    void aCycleStopsEveryProcessorIncludingThoseInSyscallsAndRestartsThem(int procs) {
        Run r = run(procs);
        assertThat(r.output()).isEqualTo("collected\ndone\n");
        List<String> reasons = new ArrayList<>();
        Map<Integer, Boolean> inSyscall = new HashMap<>();
        Set<Integer> stopped = new HashSet<>();
        boolean stoppedASyscallP = false;
        boolean stopping = false;
        for (TraceEvent e : r.events()) {
            if (e instanceof TraceEvent.SyscallEntered s) inSyscall.put(s.p(), true);
            if (e instanceof TraceEvent.ProcessorLeftSyscall l) inSyscall.put(l.p(), false);
            if (e instanceof TraceEvent.WorldStopping w) {
                reasons.add(w.reason());
                stopping = true;
            }
            if (e instanceof TraceEvent.ProcessorStopped s && stopping) {
                stopped.add(s.p());
                if (inSyscall.getOrDefault(s.p(), false)) stoppedASyscallP = true;
            }
            if (e instanceof TraceEvent.WorldStarted) {
                assertThat(stopped).as("every P stopped before the world restarted").hasSize(procs);
                stopped.clear();
                stopping = false;
            }
        }
        assertThat(reasons).containsExactly("GC (sweep termination)", "GC (mark termination)");
        // At GOMAXPROCS=4 a nanosleep still holds its P in _Psyscall when the GC starts (at 2,
        // sysmon has already retaken both, as they had queued work): STW takes it by CAS.
        if (procs == 4) assertThat(stoppedASyscallP).as("a P in a system call was stopped by CAS").isTrue();
        assertThat(r.events()).filteredOn(e -> e instanceof TraceEvent.GcPhaseChanged)
                .extracting(e -> ((TraceEvent.GcPhaseChanged) e).phase()).containsExactly("mark", "off");
    }

    static final String ALLOCATOR = """
            package main

            import "fmt"

            var keep [][]int

            func main() {
            	total := 0
            	for i := 0; i < %d; i++ {
            		b := make([]int, 512)
            		b[0] = i
            		total += b[0]
            		if i%%100 == 0 {
            			keep = append(keep, b)
            		}
            	}
            	fmt.Println(total, len(keep))
            }
            """;

    static List<TraceEvent> allocate(int slices) {
        Compilation c = Compiler.compileSource("main.go", ALLOCATOR.formatted(slices));
        assertThat(c.diagnostics()).isEmpty();
        List<TraceEvent> events = new ArrayList<>();
        dev.schedlab.model.Simulation sim = new dev.schedlab.model.Simulation(c.program(), Settings.of(4), events::add, (fd, t) -> { });
        sim.run();
        assertThat(sim.exitCode()).isZero();
        return events;
    }

    @org.junit.jupiter.api.Test
    void allocatingPastTheHeapGoalStartsCyclesWithoutAnyoneCallingGC() {
        // 10,000 slices of 4 KiB: about 40 MB allocated, 400 KB kept; the goal is at least 4 MB.
        List<String> phases = allocate(10_000).stream().filter(e -> e instanceof TraceEvent.GcPhaseChanged)
                .map(e -> ((TraceEvent.GcPhaseChanged) e).phase()).toList();
        long cycles = phases.stream().filter("mark"::equals).count();
        assertThat(cycles).isBetween(2L, 10L);
    }

    @org.junit.jupiter.api.Test
    void allocatingLessThanTheFourMegabyteMinimumStartsNoCycle() {
        // 500 slices of 4 KiB: about 2 MB.
        assertThat(allocate(500)).noneMatch(e -> e instanceof TraceEvent.WorldStopping);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4})
    void markWorkersFollowThePacer(int procs) {
        List<TraceEvent.GcWorkerStarted> workers = run(procs).events().stream()
                .filter(e -> e instanceof TraceEvent.GcWorkerStarted).map(e -> (TraceEvent.GcWorkerStarted) e).toList();
        List<TraceEvent.GcWorkerStarted> paced = workers.stream().filter(w -> w.mode() != GcWorkerMode.IDLE).toList();
        assertThat(paced).isNotEmpty();
        // GOMAXPROCS=2: no dedicated worker, a fractional goal of 25%; GOMAXPROCS=4: one dedicated worker.
        assertThat(paced).allSatisfy(w -> assertThat(w.mode()).isEqualTo(procs == 4 ? GcWorkerMode.DEDICATED : GcWorkerMode.FRACTIONAL));
    }

    static final String BUSY_ALLOCATORS = """
            package main

            import "sync"

            var sink int

            func main() {
            	var wg sync.WaitGroup
            	for i := 0; i < 4; i++ {
            		wg.Add(1)
            		go func() {
            			defer wg.Done()
            			kept := make([][]byte, 8)
            			for n := 0; n < 400; n++ {
            				kept[n%8] = make([]byte, 4096)
            				for j := 0; j < 300; j++ {
            					sink += j
            				}
            			}
            		}()
            	}
            	wg.Wait()
            }
            """;

    @org.junit.jupiter.api.Test
    void whileTheDedicatedWorkerMarksTheOtherThreeProcessorsRunGoroutines() {
        // schedule() calls wakep after findRunnable hands out a mark worker (tryWakeP), and a
        // spinning M that becomes the worker stops spinning: the goroutines the stop-the-world
        // preempted do not wait for the mark to end while Ps sit idle.
        Compilation c = Compiler.compileSource("main.go", BUSY_ALLOCATORS);
        assertThat(c.diagnostics()).isEmpty();
        List<TraceEvent> events = new ArrayList<>();
        // Four CPUs for four Ps: on a 2-CPU machine the third M may still wait for a CPU.
        dev.schedlab.model.Simulation sim = new dev.schedlab.model.Simulation(c.program(), Settings.of(4).withCpus(4), events::add, (fd, t) -> { });
        sim.run();
        assertThat(sim.exitCode()).isZero();
        boolean marking = false;
        int workerP = -1;
        Set<Integer> runningDuringMark = new HashSet<>();
        for (TraceEvent e : events) {
            if (e instanceof TraceEvent.GcPhaseChanged ph) {
                if (ph.phase().equals("off")) break;
                marking = ph.phase().equals("mark");
            }
            if (marking && e instanceof TraceEvent.GcWorkerStarted w) {
                assertThat(w.mode()).isEqualTo(GcWorkerMode.DEDICATED);
                workerP = w.p();
            }
            if (marking && e instanceof TraceEvent.GoroutineExecuted x) runningDuringMark.add(x.p());
        }
        assertThat(workerP).as("a dedicated worker ran").isNotEqualTo(-1);
        assertThat(runningDuringMark).doesNotContain(workerP).hasSize(3);
    }
}
