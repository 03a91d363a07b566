package dev.schedlab.model.runtime;

import dev.schedlab.model.trace.GStatus;
import dev.schedlab.model.vm.ArrayValue;
import dev.schedlab.model.vm.Cell;
import dev.schedlab.model.vm.Closure;
import dev.schedlab.model.vm.Frame;
import dev.schedlab.model.vm.MapValue;
import dev.schedlab.model.vm.SliceValue;
import dev.schedlab.model.vm.StructValue;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the mark phase would find: the bytes reachable from the program's globals and its
 * goroutines' frames, sized as Go lays values out on amd64 (8 bytes a word, slice and array
 * elements inline, 432 bytes per goroutine struct). With many goroutines the frames of a
 * sample of them are walked and the result scaled, so a census stays cheap.
 */
final class HeapCensus {
    static final int G_STRUCT_BYTES = 432;
    private static final int SAMPLE = 1000;

    private final Map<Object, Boolean> seen = new IdentityHashMap<>();
    private final ArrayDeque<Object> work = new ArrayDeque<>();
    private long bytes;

    private HeapCensus() {}

    static long liveBytes(Object[] globals, List<G> allgs) {
        HeapCensus c = new HeapCensus();
        for (Object g : globals) c.reach(g);
        c.drain();
        long fromGlobals = c.bytes;
        int live = 0;
        for (G g : allgs) if (!g.reused && g.status != GStatus.DEAD && !g.system) live++;
        int step = Math.max(1, live / SAMPLE);
        int sampled = 0;
        int i = 0;
        for (G g : allgs) {
            if (g.reused || g.status == GStatus.DEAD || g.system) continue;
            if (i++ % step != 0) continue;
            sampled++;
            for (Frame f = g.frame; f != null; f = f.caller) {
                c.reach(f.closure);
                for (Object v : f.locals) c.reach(v);
                for (int d = 0; d < f.stackDepth(); d++) c.reach(f.peek(d));
            }
            c.drain();
        }
        long fromFrames = c.bytes - fromGlobals;
        long scaled = sampled == 0 ? 0 : fromFrames * live / sampled;
        return fromGlobals + scaled + (long) live * G_STRUCT_BYTES;
    }

    private void reach(Object v) {
        if (v == null || v instanceof Long || v instanceof Boolean || v instanceof Double) return;
        if (seen.put(v, Boolean.TRUE) == null) work.add(v);
    }

    private void drain() {
        Object v;
        while ((v = work.poll()) != null) visit(v);
    }

    private void visit(Object v) {
        if (v instanceof String s) {
            bytes += 16 + s.length();
        } else if (v instanceof SliceValue s) {
            if (seen.put(s.array, Boolean.TRUE) == null) {
                bytes += 8L * s.array.length;
                for (Object e : s.array) reach(e);
            }
        } else if (v instanceof ArrayValue a) {
            bytes += 8L * a.length();
            for (Object e : a.elements) reach(e);
        } else if (v instanceof StructValue s) {
            bytes += 8L * Math.max(1, s.fields.length);
            for (Object e : s.fields) reach(e);
        } else if (v instanceof MapValue m) {
            bytes += 48 + 32L * m.entries.size();
            m.entries.forEach((k, x) -> { reach(k); reach(x); });
        } else if (v instanceof Cell c) {
            bytes += 8;
            reach(c.value);
        } else if (v instanceof Closure c) {
            bytes += 8 + 8L * c.free().length;
            for (Cell cell : c.free()) reach(cell);
        } else if (v instanceof Chan c) {
            bytes += 96 + 8L * c.dataqsiz;
            for (Object e : c.buf) reach(e);
        } else {
            bytes += 16; // sync objects and the like
        }
    }
}
