package dev.schedlab.views.timeline;

import java.util.Arrays;

/**
 * The segments of one P's lane, in time order and not overlapping, as of one {@link TimelineData}.
 * Immutable: it reads a prefix of arrays that its builder only appends to (or replaces when growing),
 * plus an optional last segment still open when the data was taken, held apart so that handing
 * out data costs no copy.
 */
public final class LaneSegments {
    private final long[] starts;
    private final long[] ends;
    private final int[] goids;
    private final SegmentKind[] kinds;
    private final int closed;
    private final SegmentKind tailKind;
    private final long tailStart;
    private final long tailEnd;
    private final int tailGoid;

    LaneSegments(long[] starts, long[] ends, int[] goids, SegmentKind[] kinds, int closed,
                 SegmentKind tailKind, long tailStart, long tailEnd, int tailGoid) {
        this.starts = starts;
        this.ends = ends;
        this.goids = goids;
        this.kinds = kinds;
        this.closed = closed;
        this.tailKind = tailKind;
        this.tailStart = tailStart;
        this.tailEnd = tailEnd;
        this.tailGoid = tailGoid;
    }

    public int size() { return tailKind == null ? closed : closed + 1; }

    public long start(int i) { return isTail(i) ? tailStart : starts[i]; }

    public long end(int i) { return isTail(i) ? tailEnd : ends[i]; }

    public int goid(int i) { return isTail(i) ? tailGoid : goids[i]; }

    public SegmentKind kind(int i) { return isTail(i) ? tailKind : kinds[i]; }

    /** The index of the first segment that ends after {@code time}, or {@link #size()} if none. */
    public int firstEndingAfter(long time) {
        int i = Arrays.binarySearch(ends, 0, closed, time + 1);
        if (i >= 0) {
            while (i > 0 && ends[i - 1] == time + 1) i--;
            return i;
        }
        return -i - 1; // == closed when no closed segment ends after it: the tail, or size()
    }

    /** The segment at {@code time}, or -1 when the P was idle then. */
    public int at(long time) {
        int i = firstEndingAfter(time);
        return i < size() && start(i) <= time ? i : -1;
    }

    private boolean isTail(int i) {
        if (i < 0 || i >= size()) throw new IndexOutOfBoundsException(i);
        return i == closed;
    }
}
