package dev.schedlab.model.record;

import dev.schedlab.model.trace.TraceEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordingTest {
    private static Recording record(List<TraceEvent> events, int procs, int minInterval, int perG) {
        Recording rec = new Recording(procs, minInterval, perG);
        events.forEach(rec::accept);
        return rec;
    }

    /** The reference: fold the first {@code n} events from scratch. */
    private static WorldSnapshot foldFirst(List<TraceEvent> events, int procs, long n) {
        WorldState s = new WorldState(procs);
        for (int i = 0; i < n; i++) s.apply(events.get(i));
        return s.snapshot();
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void stateAtEventEqualsFoldingFromScratch(long seed) {
        List<TraceEvent> events = SyntheticRun.events(seed, 4, 200, 60_000);
        Recording rec = record(events, 4, 1_000, 4);
        assertThat(rec.checkpointCount()).isGreaterThan(10);
        SplittableRandom r = new SplittableRandom(seed);
        List<Long> points = new ArrayList<>(List.of(0L, 1L, (long) events.size() - 1, (long) events.size()));
        for (int i = 0; i < 40; i++) points.add(r.nextLong(events.size() + 1));
        points.sort(null);
        WorldState ref = new WorldState(4);
        for (long n : points) {
            while (ref.eventIndex() < n) ref.apply(events.get((int) ref.eventIndex()));
            assertThat(rec.stateAtEvent(n)).as("state at event %d", n).isEqualTo(ref.snapshot());
        }
    }

    @Test
    void stateAtTimeIncludesEveryEventUpToThatTime() {
        List<TraceEvent> events = SyntheticRun.events(21, 3, 100, 40_000);
        Recording rec = record(events, 3, 500, 2);
        assertThat(rec.endTime()).isEqualTo(events.get(events.size() - 1).time());
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < 30; i++) {
            int k = r.nextInt(events.size());
            long t = events.get(k).time();
            int n = 0;
            while (n < events.size() && events.get(n).time() <= t) n++;
            WorldSnapshot s = rec.stateAt(t);
            assertThat(s).isEqualTo(foldFirst(events, 3, n));
            assertThat(s.time()).isEqualTo(t);
        }
        assertThat(rec.stateAt(-1)).isEqualTo(new WorldState(3).snapshot());
        assertThat(rec.stateAt(Long.MAX_VALUE)).isEqualTo(rec.current());
    }

    @Test
    void eventsStreamsAnyRangeDecoded() {
        List<TraceEvent> events = SyntheticRun.events(31, 2, 50, 20_000);
        Recording rec = record(events, 2, 700, 1);
        assertThat(rec.eventCount()).isEqualTo(events.size());
        assertThat(rec.events(0, events.size()).toList()).isEqualTo(events);
        assertThat(rec.events(1234, 9876).toList()).isEqualTo(events.subList(1234, 9876));
        assertThat(rec.events(5000, 5000).toList()).isEmpty();
        assertThatThrownBy(() -> rec.events(0, events.size() + 1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void truncateThenContinueEqualsRecordingTheNewHistory() {
        List<TraceEvent> first = SyntheticRun.events(41, 4, 100, 30_000);
        Recording rec = record(first, 4, 1_000, 2);
        int cut = 17_777;
        rec.truncateAfter(cut);
        assertThat(rec.eventCount()).isEqualTo(cut);
        assertThat(rec.current()).isEqualTo(foldFirst(first, 4, cut));
        assertThat(rec.events(0, cut).toList()).isEqualTo(first.subList(0, cut));
        // continue with a different but legal tail: replay the same prefix in a fresh run and diverge
        List<TraceEvent> history = new ArrayList<>(first.subList(0, cut));
        List<TraceEvent> tail = new ArrayList<>(first.subList(cut, first.size()));
        history.addAll(tail.subList(0, 5_000));
        tail.subList(0, 5_000).forEach(rec::accept);
        Recording fresh = record(history, 4, 1_000, 2);
        assertThat(rec.current()).isEqualTo(fresh.current());
        assertThat(rec.stateAtEvent(20_000)).isEqualTo(fresh.stateAtEvent(20_000));
        assertThat(rec.events(cut - 10, cut + 10).toList()).isEqualTo(history.subList(cut - 10, cut + 10));
    }

    @Test
    void checkpointIntervalGrowsWithLiveGoroutines() {
        Recording few = record(SyntheticRun.events(51, 4, 20, 200_000), 4, 1_000, 100);
        Recording many = record(SyntheticRun.events(51, 4, 2_000, 200_000), 4, 1_000, 100);
        assertThat(few.checkpointCount()).isGreaterThan(50);
        assertThat(many.checkpointCount()).isLessThan(few.checkpointCount() / 5);
        assertThat(many.memoryBytes()).isLessThan(40L << 20);
    }

    @Test
    void syntheticRunsUseTheWholeVocabularyLegally() {
        Recording rec = new Recording(2);
        SyntheticRun run = new SyntheticRun(61, 2, 3_000, rec);
        run.runUntil(200_000);
        run.exit(2);
        java.util.Set<EventKind> seen = java.util.EnumSet.noneOf(EventKind.class);
        rec.events(0, rec.eventCount()).forEach(e -> seen.add(EventKind.of(e)));
        assertThat(seen).containsExactlyInAnyOrder(EventKind.values());
        assertThat(rec.current().finished()).isTrue();
        assertThat(WorldInvariants.check(rec.current())).isEmpty();
    }

    @Test
    void illegalEventsAreRejectedAndNotRecorded() {
        Recording rec = new Recording(1);
        assertThatThrownBy(() -> rec.accept(new TraceEvent.ProcessorAcquired(0, 0, 0)))
            .isInstanceOf(IllegalStateException.class);
        assertThat(rec.eventCount()).isZero();
    }
}
