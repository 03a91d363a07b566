package dev.schedlab.model.vm;

import java.nio.charset.StandardCharsets;

/** Indexing, slicing, len/cap and append on strings, arrays, slices, structs and maps. */
final class Composite {
    private Composite() {}

    static Object index(Object c, Object index) {
        if (c instanceof Ref r) c = r.get();
        if (c instanceof MapValue m) {
            Object v = m.entries.get(index);
            return v != null || m.entries.containsKey(index) ? v : Values.copy(m.zero);
        }
        int i = (int) (long) (Long) index;
        if (c == null) throw GoPanic.indexOutOfRange(i, 0); // a nil slice has length 0
        if (c instanceof SliceValue s) return s.get(i);
        if (c instanceof ArrayValue a) {
            if (i < 0 || i >= a.length()) throw GoPanic.indexOutOfRange(i, a.length());
            return a.elements[i];
        }
        if (c instanceof StructValue s) return s.fields[i];
        if (c instanceof String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            if (i < 0 || i >= b.length) throw GoPanic.indexOutOfRange(i, b.length);
            return (long) (b[i] & 0xff);
        }
        if (c == null) throw GoPanic.runtime("invalid memory address or nil pointer dereference");
        throw new IllegalStateException("cannot index " + c.getClass().getSimpleName());
    }

    static void storeIndex(Object c, Object index, Object v) {
        if (c instanceof Ref r) c = r.get();
        if (c instanceof MapValue m) { m.entries.put(index, v); return; }
        if (c == null && index instanceof Long i) throw GoPanic.indexOutOfRange(i, 0); // a nil slice
        if (c == null) throw GoPanic.runtime("assignment to entry in nil map");
        int i = (int) (long) (Long) index;
        if (c instanceof SliceValue s) { s.set(i, v); return; }
        if (c instanceof ArrayValue a) {
            if (i < 0 || i >= a.length()) throw GoPanic.indexOutOfRange(i, a.length());
            a.elements[i] = v;
            return;
        }
        if (c instanceof StructValue s) { s.fields[i] = v; return; }
        throw new IllegalStateException("cannot store into " + c.getClass().getSimpleName());
    }

    /** The map's keys, the i-th visited being the order[i]-th in insertion order. */
    static SliceValue keys(MapValue m, int[] order) {
        if (m == null) return new SliceValue(new Object[0], 0, 0, 0);
        Object[] inOrder = m.entries.keySet().toArray();
        Object[] out = new Object[inOrder.length];
        for (int i = 0; i < out.length; i++) out[i] = inOrder[order[i]];
        return new SliceValue(out, 0, out.length, out.length);
    }

    static long len(Object c) {
        if (c instanceof Ref r) c = r.get();
        if (c == null) return 0;
        if (c instanceof String s) return s.getBytes(StandardCharsets.UTF_8).length;
        if (c instanceof SliceValue s) return s.length;
        if (c instanceof ArrayValue a) return a.length();
        if (c instanceof MapValue m) return m.entries.size();
        throw new IllegalStateException("len of " + c.getClass().getSimpleName());
    }

    static long cap(Object c) {
        if (c instanceof Ref r) c = r.get();
        if (c == null) return 0;
        if (c instanceof SliceValue s) return s.capacity;
        if (c instanceof ArrayValue a) return a.length();
        throw new IllegalStateException("cap of " + c.getClass().getSimpleName());
    }

    static Object slice(Object x, Long low, Long high, Long max) {
        if (x instanceof Ref r) x = r.get();
        if (x instanceof String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            int lo = low == null ? 0 : (int) (long) low;
            int hi = high == null ? b.length : (int) (long) high;
            if (lo < 0 || hi < lo || hi > b.length) throw GoPanic.runtime("slice bounds out of range [" + lo + ":" + hi + "] with length " + b.length);
            return new String(b, lo, hi - lo, StandardCharsets.UTF_8);
        }
        Object[] arr;
        int off;
        int len;
        int cap;
        if (x instanceof ArrayValue a) { arr = a.elements; off = 0; len = a.length(); cap = len; }
        else if (x instanceof SliceValue s) { arr = s.array; off = s.offset; len = s.length; cap = s.capacity; }
        else if (x == null) { arr = new Object[0]; off = 0; len = 0; cap = 0; }
        else throw new IllegalStateException("cannot slice " + x.getClass().getSimpleName());
        int lo = low == null ? 0 : (int) (long) low;
        int hi = high == null ? len : (int) (long) high;
        int mx = max == null ? cap : (int) (long) max;
        if (lo < 0 || hi < lo || mx < hi || mx > cap) {
            throw GoPanic.runtime("slice bounds out of range [" + lo + ":" + hi + "] with capacity " + cap);
        }
        return new SliceValue(arr, off + lo, hi - lo, mx - lo);
    }

    static Object append(Object x, Object[] vs) {
        SliceValue s = (SliceValue) x;
        int oldLen = s == null ? 0 : s.length;
        int need = oldLen + vs.length;
        if (s != null && need <= s.capacity) {
            System.arraycopy(vs, 0, s.array, s.offset + oldLen, vs.length);
            return new SliceValue(s.array, s.offset, need, s.capacity);
        }
        int newCap = growCapacity(s == null ? 0 : s.capacity, need);
        Object[] arr = new Object[newCap];
        if (s != null) System.arraycopy(s.array, s.offset, arr, 0, oldLen);
        System.arraycopy(vs, 0, arr, oldLen, vs.length);
        return new SliceValue(arr, 0, need, newCap);
    }

    /** runtime/slice.go:nextslicecap (without the size-class rounding). */
    static int growCapacity(int oldCap, int need) {
        int doubled = oldCap * 2;
        if (need > doubled) return need;
        if (oldCap < 256) return doubled;
        int c = oldCap;
        while (c < need) c += (c + 3 * 256) >> 2;
        return c;
    }
}
