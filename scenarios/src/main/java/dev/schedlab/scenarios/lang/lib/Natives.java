package dev.schedlab.scenarios.lang.lib;

import dev.schedlab.model.vm.ArrayValue;
import dev.schedlab.model.vm.GoPanic;
import dev.schedlab.model.vm.MapValue;
import dev.schedlab.model.vm.Native;
import dev.schedlab.model.vm.Ref;
import dev.schedlab.model.vm.SliceValue;
import dev.schedlab.model.vm.Values;

import java.nio.charset.StandardCharsets;

/** Pure library functions and the builtins that have no VM instruction of their own. */
public final class Natives {
    private Natives() {}

    public static final Native SPRINT = new Native("fmt.Sprint", Fmt::sprint);
    public static final Native SPRINTLN = new Native("fmt.Sprintln", Fmt::sprintln);
    public static final Native SPRINTF = new Native("fmt.Sprintf",
            a -> Fmt.sprintf((String) a[0], java.util.Arrays.copyOfRange(a, 1, a.length)));
    public static final Native ITOA = new Native("strconv.Itoa", a -> Long.toString((Long) a[0]));
    public static final Native QUOTE = new Native("strconv.Quote", a -> Fmt.quote((String) a[0]));
    public static final Native JOIN = new Native("strings.Join", a -> join((SliceValue) a[0], (String) a[1]));
    public static final Native REPEAT = new Native("strings.Repeat", a -> {
        long n = (Long) a[1];
        if (n < 0) throw new GoPanic("strings: negative Repeat count", false);
        return ((String) a[0]).repeat((int) Math.min(n, Integer.MAX_VALUE));
    });
    public static final Native CONTAINS = new Native("strings.Contains", a -> ((String) a[0]).contains((String) a[1]));
    public static final Native TO_UPPER = new Native("strings.ToUpper", a -> ((String) a[0]).toUpperCase());
    public static final Native TO_LOWER = new Native("strings.ToLower", a -> ((String) a[0]).toLowerCase());
    public static final Native ADD_INT32 = new Native("sync/atomic.AddInt32", a -> add((Ref) a[0], (Long) a[1], true));
    public static final Native ADD_INT64 = new Native("sync/atomic.AddInt64", a -> add((Ref) a[0], (Long) a[1], false));
    public static final Native LOAD = new Native("sync/atomic.Load", a -> ref(a[0]).get());
    public static final Native STORE = new Native("sync/atomic.Store", a -> { ref(a[0]).set(a[1]); return null; });
    public static final Native CAS = new Native("sync/atomic.CompareAndSwap", a -> {
        Ref r = ref(a[0]);
        if (!r.get().equals(a[1])) return false;
        r.set(a[2]);
        return true;
    });

    // ---- builtins without an instruction
    public static final Native APPEND_SLICE = new Native("append", a -> Values.append(a[0], elements(a[1])));
    public static final Native COPY = new Native("copy", a -> copy((SliceValue) a[0], a[1]));
    public static final Native DELETE = new Native("delete", a -> {
        if (a[0] != null) ((MapValue) a[0]).entries.remove(a[1]);
        return null;
    });
    /** v, ok := m[k] */
    public static final Native MAP_LOOKUP = new Native("mapaccess2", a -> {
        MapValue m = (MapValue) a[0];
        if (m == null || !m.entries.containsKey(a[1])) return new Object[] {m == null ? null : Values.copy(m.zero), false};
        return new Object[] {m.entries.get(a[1]), true};
    });
    /** [s, i] -> [rune, width]: the UTF-8 sequence at byte offset i, as range over a string decodes it. */
    public static final Native DECODE_RUNE = new Native("decoderune", a -> {
        byte[] b = ((String) a[0]).getBytes(StandardCharsets.UTF_8);
        int i = (int) (long) (Long) a[1];
        int c = b[i] & 0xff;
        int n = c < 0x80 ? 1 : c >= 0xF0 && c < 0xF8 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
        if (n == 0 || i + n > b.length) return new Object[] {0xFFFDL, 1L};
        String s = new String(b, i, n, StandardCharsets.UTF_8);
        int cp = s.codePointAt(0);
        if (cp == 0xFFFD && !(n == 3 && (b[i] & 0xff) == 0xEF)) return new Object[] {0xFFFDL, 1L};
        return new Object[] {(long) cp, (long) n};
    });
    public static final Native MIN = new Native("min", a -> extreme(a, -1));
    public static final Native MAX = new Native("max", a -> extreme(a, 1));
    /** min and max of uint64s (longs compared as unsigned). */
    public static final Native MIN_UNSIGNED = new Native("min", a -> extremeUnsigned(a, -1));
    public static final Native MAX_UNSIGNED = new Native("max", a -> extremeUnsigned(a, 1));
    public static final Native RUNE_TO_STRING = new Native("string", a -> {
        long cp = (Long) a[0];
        return Character.isValidCodePoint((int) cp) && cp == (int) cp ? new String(Character.toChars((int) cp)) : "\uFFFD";
    });
    public static final Native BYTES_TO_STRING = new Native("string", a -> {
        Object[] e = elements(a[0]);
        byte[] b = new byte[e.length];
        for (int i = 0; i < e.length; i++) b[i] = (byte) (long) (Long) e[i];
        return new String(b, StandardCharsets.UTF_8);
    });
    public static final Native STRING_TO_BYTES = new Native("[]byte", a -> {
        byte[] b = ((String) a[0]).getBytes(StandardCharsets.UTF_8);
        Object[] e = new Object[b.length];
        for (int i = 0; i < b.length; i++) e[i] = (long) (b[i] & 0xff);
        return new SliceValue(e, 0, e.length, e.length);
    });

    private static Ref ref(Object p) {
        if (p == null) throw GoPanic.runtime("invalid memory address or nil pointer dereference");
        return (Ref) p;
    }

    private static Object add(Object p, long delta, boolean wrap32) {
        Ref r = ref(p);
        long v = (Long) r.get() + delta;
        if (wrap32) v = (int) v;
        r.set(v);
        return v;
    }

    private static String join(SliceValue s, String sep) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length; i++) {
            if (i > 0) out.append(sep);
            out.append((String) s.array[s.offset + i]);
        }
        return out.toString();
    }

    private static Object[] elements(Object x) {
        if (x == null) return new Object[0];
        if (x instanceof String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            Object[] e = new Object[b.length];
            for (int i = 0; i < b.length; i++) e[i] = (long) (b[i] & 0xff);
            return e;
        }
        if (x instanceof ArrayValue a) return a.elements.clone();
        SliceValue s = (SliceValue) x;
        Object[] e = new Object[s.length];
        System.arraycopy(s.array, s.offset, e, 0, s.length);
        return e;
    }


    private static Object copy(SliceValue dst, Object src) {
        if (dst == null) return 0L;
        Object[] e = elements(src);
        int n = Math.min(dst.length, e.length);
        System.arraycopy(e, 0, dst.array, dst.offset, n);
        return (long) n;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object extremeUnsigned(Object[] a, int sign) {
        long best = (Long) a[0];
        for (int i = 1; i < a.length; i++) {
            if (Long.compareUnsigned((Long) a[i], best) * sign > 0) best = (Long) a[i];
        }
        return best;
    }

    private static Object extreme(Object[] a, int sign) {
        Object best = a[0];
        for (int i = 1; i < a.length; i++) {
            if (((Comparable) a[i]).compareTo(best) * sign > 0) best = a[i];
        }
        return best;
    }
}
