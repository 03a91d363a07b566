package dev.schedlab.views.timeline;

import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.model.trace.TraceEvent.GoroutineExecuted;
import dev.schedlab.model.trace.TraceEvent.GoroutineParked;
import dev.schedlab.model.trace.TraceEvent.GoroutinePreempted;
import dev.schedlab.model.trace.TraceEvent.ProcessorAcquired;
import dev.schedlab.model.trace.TraceEvent.ProcessorLeftSyscall;
import dev.schedlab.model.trace.TraceEvent.ProcessorsResized;
import dev.schedlab.model.trace.TraceEvent.SyscallEntered;
import dev.schedlab.model.trace.TraceEvent.WorldStarted;
import dev.schedlab.model.trace.TraceEvent.WorldStopping;
import dev.schedlab.model.trace.WaitReason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineModelTest {
    private static TimelineModel fed(TraceEvent... events) {
        TimelineModel model = new TimelineModel(2);
        for (TraceEvent e : events) model.accept(e);
        return model;
    }

    private static String describe(LaneSegments lane) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lane.size(); i++) {
            sb.append(lane.kind(i)).append(" g").append(lane.goid(i)).append(' ')
                    .append(lane.start(i)).append('-').append(lane.end(i)).append(i + 1 < lane.size() ? "; " : "");
        }
        return sb.toString();
    }

    @Test void aGoroutineRunsFromExecutedUntilItParksOrIsPreempted() {
        TimelineData data = fed(
                new ProcessorAcquired(0, 0, 0),
                new GoroutineExecuted(10, 0, 0, 1, false),
                new GoroutineParked(50, 0, 1, WaitReason.CHAN_RECEIVE),
                new GoroutineExecuted(60, 0, 0, 2, false),
                new GoroutinePreempted(80, 0, 2, true),
                new GoroutineExecuted(90, 0, 0, 3, true)).data();

        assertThat(describe(data.lanes().get(0))).isEqualTo("RUNNING g1 10-50; RUNNING g2 60-80; RUNNING g3 90-90");
        assertThat(data.lanes().get(1).size()).isZero();
        assertThat(data.endTime()).isEqualTo(90);
    }

    @Test void aSyscallHoldsThePUntilSysmonRetakesIt() {
        TimelineData data = fed(
                new GoroutineExecuted(0, 1, 1, 5, false),
                new SyscallEntered(20, 1, 5, 1, "read"),
                new ProcessorLeftSyscall(70, 1)).data();

        assertThat(describe(data.lanes().get(1))).isEqualTo("RUNNING g5 0-20; SYSCALL g5 20-70");
    }

    @Test void anMLaneShowsItsGoroutinesItsSchedulerTimeOnG0ItsSpinningAndNothingWhileItSleeps() {
        TimelineData data = fed(
                new TraceEvent.MachineCreated(0, 0),
                new TraceEvent.MachineCreated(0, 1), // sysmon: created, then silent
                new GoroutineExecuted(10, 0, 0, 1, false),
                new TraceEvent.SwitchedToG0(40, 0, 1, "park_m"),
                new GoroutineParked(50, 0, 1, WaitReason.CHAN_RECEIVE),
                new TraceEvent.MachineSpinning(60, 0, true),
                new TraceEvent.MachineSpinning(70, 0, false),
                new TraceEvent.MachineStopped(80, 0),
                new TraceEvent.MachineWoken(100, 0, 1),
                new GoroutineExecuted(110, 0, 1, 2, false),
                new SyscallEntered(120, 0, 2, 1, "read"),
                new TraceEvent.SyscallExitedWithoutP(150, 0, 2)).data();

        assertThat(describe(data.machineLanes().get(0))).isEqualTo("RUNNING g1 10-40; SCHEDULER g-1 40-60; "
                + "SPINNING g-1 60-70; SCHEDULER g-1 70-80; SCHEDULER g-1 100-110; RUNNING g2 110-120; SYSCALL g2 120-150; "
                + "SCHEDULER g-1 150-150");
        assertThat(data.machineLanes().get(1).size()).as("sysmon is not drawn as running the scheduler").isZero();
        assertThat(describe(data.lanes().get(0))).as("the P lanes are unchanged").isEqualTo("RUNNING g1 10-50");
    }

    @Test void findsTheSegmentAtATime() {
        LaneSegments lane = fed(
                new GoroutineExecuted(10, 0, 0, 1, false),
                new GoroutineParked(50, 0, 1, WaitReason.SLEEP),
                new GoroutineExecuted(60, 0, 0, 2, false)).data().lanes().get(0);

        assertThat(lane.at(5)).isEqualTo(-1);
        assertThat(lane.at(10)).isZero();
        assertThat(lane.at(49)).isZero();
        assertThat(lane.at(55)).as("idle between").isEqualTo(-1);
        assertThat(lane.at(60)).isEqualTo(1);
        assertThat(lane.firstEndingAfter(30)).isZero();
        assertThat(lane.firstEndingAfter(50)).isEqualTo(1);
    }

    @Test void recordsStopTheWorldAndNewLanesAfterAResize() {
        TimelineData data = fed(
                new WorldStopping(100, "GOMAXPROCS"),
                new ProcessorsResized(110, 4),
                new WorldStarted(120)).data();

        assertThat(data.stops()).hasSize(1);
        assertThat(data.stops().get(0)).containsExactly(100, 120);
        assertThat(data.lanes()).hasSize(4);
    }

    @Test void dataHandedOutEarlierDoesNotChangeWhenTheModelGoesOn() {
        TimelineModel model = fed(new GoroutineExecuted(0, 0, 0, 1, false));
        TimelineData before = model.data();
        for (int i = 0; i < 100; i++) {
            model.accept(new GoroutineParked(10 * i + 5, 0, 1, WaitReason.SLEEP));
            model.accept(new GoroutineExecuted(10 * i + 10, 0, 0, 1, false));
        }

        assertThat(describe(before.lanes().get(0))).isEqualTo("RUNNING g1 0-0");
        assertThat(model.data().lanes().get(0).size()).isEqualTo(101);
    }
}
