package dev.schedlab.model.record;

import java.util.Arrays;
import java.util.List;

/**
 * The live goroutines of a {@link WorldState}, sorted by goid, with tombstones for exited ones so
 * removal is O(1) and appending a new (higher) goid is amortised O(1). Compacts when tombstones
 * outnumber live entries. A snapshot is one pass copying references. Not thread-safe.
 */
final class GoroutineTable {
    private int[] goids;
    private GoroutineView[] views;
    private int size;
    private int live;
    /** Live goroutines by status ordinal, kept as views are put and removed (for charts). */
    private final int[] byStatus = new int[dev.schedlab.model.trace.GStatus.values().length];

    GoroutineTable() {
        goids = new int[16];
        views = new GoroutineView[16];
    }

    /** A table holding {@code sorted}, which must be in increasing goid order. */
    static GoroutineTable of(List<GoroutineView> sorted) {
        GoroutineTable t = new GoroutineTable();
        int n = sorted.size();
        t.goids = new int[Math.max(16, n + n / 2)];
        t.views = new GoroutineView[t.goids.length];
        for (int i = 0; i < n; i++) {
            GoroutineView v = sorted.get(i);
            if (i > 0 && t.goids[i - 1] >= v.goid()) throw new IllegalArgumentException("goroutines not sorted by goid");
            t.goids[i] = v.goid();
            t.views[i] = v;
        }
        t.size = n;
        t.live = n;
        for (GoroutineView v : sorted) t.byStatus[v.status().ordinal()]++;
        return t;
    }

    int live() { return live; }

    /** The number of live goroutines with {@code status}. */
    int count(dev.schedlab.model.trace.GStatus status) { return byStatus[status.ordinal()]; }

    /** The view of a live goroutine, or null. */
    GoroutineView get(int goid) {
        int i = search(goid);
        return i >= 0 ? views[i] : null;
    }

    /** Inserts or replaces the view with the same goid. */
    void put(GoroutineView v) {
        int i = search(v.goid());
        byStatus[v.status().ordinal()]++;
        if (i >= 0) {
            if (views[i] == null) live++;
            else byStatus[views[i].status().ordinal()]--;
            views[i] = v;
            return;
        }
        int at = -i - 1;
        if (size == goids.length) {
            goids = Arrays.copyOf(goids, size * 2);
            views = Arrays.copyOf(views, size * 2);
        }
        System.arraycopy(goids, at, goids, at + 1, size - at);
        System.arraycopy(views, at, views, at + 1, size - at);
        goids[at] = v.goid();
        views[at] = v;
        size++;
        live++;
    }

    /** Removes a goroutine; false if it was not live. */
    boolean remove(int goid) {
        int i = search(goid);
        if (i < 0 || views[i] == null) return false;
        byStatus[views[i].status().ordinal()]--;
        views[i] = null;
        live--;
        if (size - live > Math.max(64, live)) compact();
        return true;
    }

    /** The live views in goid order, as an immutable list. */
    List<GoroutineView> snapshot() {
        GoroutineView[] out = new GoroutineView[live];
        int n = 0;
        for (int i = 0; i < size; i++) if (views[i] != null) out[n++] = views[i];
        return List.of(out);
    }

    private int search(int goid) {
        if (size > 0 && goids[size - 1] < goid) return -size - 1; // the common case: a new, highest goid
        return Arrays.binarySearch(goids, 0, size, goid);
    }

    private void compact() {
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (views[i] != null) {
                goids[n] = goids[i];
                views[n] = views[i];
                n++;
            }
        }
        Arrays.fill(views, n, size, null);
        size = n;
    }
}
