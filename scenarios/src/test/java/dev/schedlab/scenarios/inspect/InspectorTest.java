package dev.schedlab.scenarios.inspect;

import dev.schedlab.model.ProgramOutput;
import dev.schedlab.model.Simulation;
import dev.schedlab.model.config.Settings;
import dev.schedlab.model.inspect.AddressSpace;
import dev.schedlab.model.inspect.CallFrame;
import dev.schedlab.model.inspect.GoroutineInspection;
import dev.schedlab.model.inspect.InspectionReport;
import dev.schedlab.model.inspect.Inspector;
import dev.schedlab.model.inspect.MachineInspection;
import dev.schedlab.model.inspect.MemoryWord;
import dev.schedlab.model.inspect.Replay;
import dev.schedlab.model.inspect.ReplayPlan;
import dev.schedlab.model.trace.GStatus;
import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.model.trace.WaitReason;
import dev.schedlab.scenarios.lang.Compilation;
import dev.schedlab.scenarios.lang.Compiler;
import dev.schedlab.scenarios.lang.SharedFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inspector on a goroutine that parks on a channel receive (issue 6's "done when"): R14 holds
 * its g while it runs and the g0 during mcall, its saved SP lies in its stack, every field sits at
 * the offset of the shared ABI file, and its call stack is the VM's frames under gopark's.
 */
class InspectorTest {
    static final String SOURCE = """
            package main

            import "time"

            func worker(c chan int, out chan int) {
            	base := 40
            	v := <-c
            	out <- v + base
            }

            func main() {
            	c := make(chan int)
            	out := make(chan int)
            	go worker(c, out)
            	time.Sleep(time.Millisecond)
            	c <- 2
            	println(<-out)
            }
            """;
    static final int RECEIVE_LINE = 7; // v := <-c

    static ReplayPlan plan;
    static List<TraceEvent> events = new ArrayList<>();
    static int worker;

    @BeforeAll
    static void record() {
        Compilation c = Compiler.compileSource("main.go", SOURCE);
        assertThat(c.diagnostics()).isEmpty();
        plan = new ReplayPlan(c.program(), Settings.of(1).withSeed(1));
        new Simulation(plan.program(), plan.settings(), events::add, ProgramOutput.DISCARD).run();
        worker = events.stream().filter(e -> e instanceof TraceEvent.GoroutineCreated gc && gc.function().equals("main.worker"))
                .map(e -> ((TraceEvent.GoroutineCreated) e).g()).findFirst().orElseThrow();
    }

    /** The number of events up to and including the first that matches. */
    static long after(Predicate<TraceEvent> p) {
        for (int i = 0; i < events.size(); i++) if (p.test(events.get(i))) return i + 1;
        throw new AssertionError("no such event");
    }

    static Inspector at(long events) { return new Inspector(Replay.at(plan, events, worker)); }

    @Test
    void r14HoldsTheGoroutineWhileItRunsAndTheG0DuringMcall() {
        long running = after(e -> e instanceof TraceEvent.GoroutineExecuted x && x.g() == worker);
        GoroutineInspection g = at(running).goroutine(worker);
        assertThat(g.status()).isEqualTo(GStatus.RUNNING);
        assertThat(g.registers().r14()).isEqualTo(g.address()).isEqualTo(AddressSpace.g(worker));

        long mcall = after(e -> e instanceof TraceEvent.SwitchedToG0 x && x.g() == worker && x.fn().equals("park_m"));
        int m = ((TraceEvent.SwitchedToG0) events.get((int) mcall - 1)).m();
        Inspector switching = at(mcall);
        GoroutineInspection parked = switching.goroutine(worker);
        assertThat(parked.registers().r14()).isEqualTo(AddressSpace.g0(m)).isNotEqualTo(parked.address());
        // The M's own view agrees, and its SP is on the g0 stack, not the goroutine's.
        MachineInspection mi = switching.machine(m);
        assertThat(mi.onG0()).isTrue();
        assertThat(mi.registers().r14()).isEqualTo(AddressSpace.g0(m));
        assertThat(mi.registers().rsp()).isBetween(mi.g0StackLo(), mi.g0StackHi() - 1);
        assertThat(mi.listing().function()).isEqualTo("runtime.mcall");
        assertThat(mi.listing().lines().get(mi.listing().marked()).text()).startsWith("CALL");

        // After park_m and schedule, gogo puts the next goroutine's g in R14 (main, back from its sleep).
        long next = after(e -> e instanceof TraceEvent.GoroutineExecuted x && events.indexOf(e) >= mcall);
        TraceEvent.GoroutineExecuted ex = (TraceEvent.GoroutineExecuted) events.get((int) next - 1);
        MachineInspection resumed = new Inspector(Replay.at(plan, next, ex.g())).machine(ex.m());
        assertThat(resumed.registers().r14()).isEqualTo(AddressSpace.g(ex.g()));
        assertThat(resumed.listing().function()).isEqualTo("runtime.gogo");
    }

    @Test
    void steppingThroughTheParkShowsTheMOnG0UntilGogoPutsTheNextGoroutineInR14() {
        long mcall = after(e -> e instanceof TraceEvent.SwitchedToG0 x && x.g() == worker && x.fn().equals("park_m"));
        int m = ((TraceEvent.SwitchedToG0) events.get((int) mcall - 1)).m();
        long gogo = after(e -> e instanceof TraceEvent.GoroutineExecuted x && x.m() == m && events.indexOf(e) >= mcall);
        List<String> steps = new ArrayList<>();
        for (long n = mcall; n < gogo; n++) {
            MachineInspection mi = at(n).machine(m);
            assertThat(mi.registers().r14()).as("after event %d", n).isEqualTo(AddressSpace.g0(m));
            assertThat(mi.registers().rsp()).as("after event %d", n).isBetween(mi.g0StackLo(), mi.g0StackHi() - 1);
            if (mi.listing() != null) steps.add(mi.listing().function());
        }
        assertThat(steps).startsWith("runtime.mcall", "runtime.park_m");
        TraceEvent.GoroutineExecuted next = (TraceEvent.GoroutineExecuted) events.get((int) gogo - 1);
        MachineInspection after = new Inspector(Replay.at(plan, gogo, next.g())).machine(m);
        assertThat(after.registers().r14()).isEqualTo(AddressSpace.g(next.g()));
    }

    @Test
    void aGoroutineParkedOnReceiveSavedItsContextWithinItsStack() {
        long parked = after(e -> e instanceof TraceEvent.GoroutineParked x && x.g() == worker);
        GoroutineInspection g = at(parked).goroutine(worker);
        assertThat(g.status()).isEqualTo(GStatus.WAITING);
        assertThat(g.waitReason()).isEqualTo(WaitReason.CHAN_RECEIVE);
        assertThat(g.stackLo()).isLessThan(g.stackHi());
        assertThat(g.stackSize()).isEqualTo(2048);
        assertThat(g.stackguard0()).isEqualTo(g.stackLo() + 928);
        assertThat(g.gobuf().sp()).isGreaterThanOrEqualTo(g.stackLo()).isLessThan(g.stackHi());
        assertThat(g.gobuf().g()).isEqualTo(g.address());
        assertThat(g.registers()).isNull(); // no thread runs it
        // Every frame lies in the stack, each below its caller, and the saved SP is gopark's.
        for (int i = 0; i < g.frames().size(); i++) {
            CallFrame f = g.frames().get(i);
            assertThat(f.sp()).isBetween(g.stackLo(), g.stackHi() - 1);
            if (i > 0) assertThat(f.sp()).isGreaterThan(g.frames().get(i - 1).sp());
        }
        assertThat(g.gobuf().sp()).isEqualTo(g.frames().get(0).sp());
    }

    @Test
    void theCallStackIsGoparksUnderTheProgramsFrames() {
        long parked = after(e -> e instanceof TraceEvent.GoroutineParked x && x.g() == worker);
        Inspector in = at(parked);
        GoroutineInspection g = in.goroutine(worker);
        assertThat(g.frames()).extracting(CallFrame::function)
                .containsExactly("runtime.gopark", "runtime.chanrecv", "runtime.chanrecv1", "main.worker");
        CallFrame workerFrame = g.frames().get(3);
        assertThat(workerFrame.where()).isEqualTo("main.go:" + RECEIVE_LINE);
        assertThat(workerFrame.locals()).extracting(l -> l.name() + "=" + l.value()).contains("base=40");
        // The same frames the VM holds, innermost program frame first.
        var vm = in.moment().detail().goroutine(worker).frames();
        assertThat(g.frames().stream().filter(f -> !f.runtime()).map(CallFrame::function).toList())
                .isEqualTo(vm.stream().map(f -> f.function().name()).toList());
        assertThat(g.parkedIn().function()).isEqualTo("runtime.gopark");
        assertThat(g.listing().function()).isEqualTo("main.worker");
    }

    @Test
    void everyFieldShownSitsAtTheOffsetOfTheSharedAbiFile() throws IOException {
        Map<String, Integer> abi = gFieldOffsets();
        long parked = after(e -> e instanceof TraceEvent.GoroutineParked x && x.g() == worker);
        GoroutineInspection g = at(parked).goroutine(worker);
        assertThat(g.memory()).isNotEmpty();
        for (MemoryWord w : g.memory()) {
            assertThat(w.offset()).as(w.field()).isEqualTo(abi.get(w.field()));
            assertThat(w.address()).as(w.field()).isEqualTo(g.address() + w.offset());
        }
        // The facts the issue names, from abi-key-offsets.md: not status at R14+16.
        Map<String, Integer> byField = new HashMap<>();
        g.memory().forEach(w -> byField.put(w.field(), w.offset()));
        assertThat(byField).containsEntry("stackguard0", 16).containsEntry("stack.hi", 8).containsEntry("sched.sp", 56)
                .containsEntry("sched.pc", 64).containsEntry("sched.bp", 104).containsEntry("atomicstatus", 152);
        assertThat(g.memory()).filteredOn(w -> w.field().equals("atomicstatus")).extracting(MemoryWord::value)
                .containsExactly(4L);
    }

    @Test
    void theTextReportCarriesTheSameFacts() {
        long parked = after(e -> e instanceof TraceEvent.GoroutineParked x && x.g() == worker);
        Inspector in = at(parked);
        GoroutineInspection g = in.goroutine(worker);
        String text = InspectionReport.text(InspectionReport.goroutine(g, in.moment().detail().time()));
        assertThat(text).contains("chan receive", "runtime.chanrecv1", "main.go:" + RECEIVE_LINE,
                "0x" + Long.toHexString(g.gobuf().sp()), "+152 (0x98)  atomicstatus");
    }

    @Test
    void aDeepRecursionKeepsItsFramesInItsGrownStackAndTheReportShortensThem() {
        Compilation c = Compiler.compileSource("main.go", """
                package main

                func depth(n int) int {
                	if n == 0 {
                		return 0
                	}
                	return depth(n-1) + 1
                }

                func main() {
                	println(depth(3000))
                }
                """);
        ReplayPlan deep = new ReplayPlan(c.program(), Settings.of(1));
        List<TraceEvent> log = new ArrayList<>();
        new Simulation(deep.program(), deep.settings(), log::add, ProgramOutput.DISCARD).run();
        long grown = 0;
        for (int i = 0; i < log.size(); i++) if (log.get(i) instanceof TraceEvent.StackGrown) grown = i + 1;
        // While newstack runs, R14 is M0's g0; once gogo returned to it, the goroutine's own g.
        assertThat(new Inspector(Replay.at(deep, grown, 1)).goroutine(1).registers().r14()).isEqualTo(AddressSpace.g0(0));
        assertThat(log.get((int) grown)).isInstanceOf(TraceEvent.ReturnedToGoroutine.class);
        Inspector in = new Inspector(Replay.at(deep, grown + 1, 1));
        GoroutineInspection g = in.goroutine(1);
        assertThat(g.registers().r14()).isEqualTo(AddressSpace.g(1));
        assertThat(g.stackSize()).isGreaterThan(2048);
        assertThat(g.frames()).hasSizeGreaterThan(1000)
                .allSatisfy(f -> assertThat(f.sp()).isBetween(g.stackLo(), g.stackHi() - 1));
        assertThat(g.registers().rsp()).isEqualTo(g.frames().get(0).sp());
        String text = InspectionReport.text(InspectionReport.goroutine(g, in.moment().detail().time()));
        assertThat(text).contains("more frames").contains("main.main");
        assertThat(text.lines().filter(l -> l.startsWith("  main.depth")).count()).isLessThanOrEqualTo(56);
    }

    /** runtime.g's field offsets from the shared DWARF dump, sched.* through runtime.gobuf. */
    static Map<String, Integer> gFieldOffsets() throws IOException {
        String json = Files.readString(SharedFiles.shared().resolve("reference/abi-go1.23-amd64.json"));
        Map<String, Integer> g = fields(json, "runtime.g");
        Map<String, Integer> out = new HashMap<>(g);
        fields(json, "runtime.gobuf").forEach((k, v) -> out.put("sched." + k, g.get("sched") + v));
        fields(json, "runtime.stack").forEach((k, v) -> out.put("stack." + k, g.get("stack") + v));
        return out;
    }

    static Map<String, Integer> fields(String json, String struct) {
        String flat = json.replaceAll("\\s+", "");
        int start = flat.indexOf("{\"name\":\"" + struct + "\"");
        int end = flat.indexOf("]}", start);
        Matcher m = Pattern.compile("\"name\":\"([^\"]+)\",\"offset\":(\\d+)").matcher(flat.substring(start, end));
        Map<String, Integer> out = new HashMap<>();
        while (m.find()) out.put(m.group(1), Integer.parseInt(m.group(2)));
        return out;
    }
}
