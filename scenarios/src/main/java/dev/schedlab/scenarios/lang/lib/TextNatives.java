package dev.schedlab.scenarios.lang.lib;

import dev.schedlab.model.vm.Native;
import dev.schedlab.model.vm.SliceValue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Pure functions of fmt, strings, strconv, sort and time's Duration.String. */
final class TextNatives {
    private TextNatives() {}

    /** [w, format, args...] -> [n, nil err, w, text]: WRITE 0 then writes text to w, leaving Fprintf's results. */
    static final Native FPRINTF = fprint("fmt.Fprintf", a -> Fmt.sprintf((String) a[1], Arrays.copyOfRange(a, 2, a.length)));
    static final Native FPRINTLN = fprint("fmt.Fprintln", a -> Fmt.sprintln(Arrays.copyOfRange(a, 1, a.length)));
    static final Native FPRINT = fprint("fmt.Fprint", a -> Fmt.sprint(Arrays.copyOfRange(a, 1, a.length)));

    private static Native fprint(String name, java.util.function.Function<Object[], String> format) {
        return new Native(name, a -> {
            String text = format.apply(a);
            return new Object[] {(long) text.getBytes(StandardCharsets.UTF_8).length, null, a[0], text};
        });
    }

    static final Native SPLIT = new Native("strings.Split", a -> split((String) a[0], (String) a[1]));
    static final Native HAS_PREFIX = new Native("strings.HasPrefix", a -> ((String) a[0]).startsWith((String) a[1]));
    static final Native HAS_SUFFIX = new Native("strings.HasSuffix", a -> ((String) a[0]).endsWith((String) a[1]));
    static final Native TRIM_SPACE = new Native("strings.TrimSpace", a -> ((String) a[0]).strip());
    static final Native FIELDS = new Native("strings.Fields", a -> {
        String s = ((String) a[0]).strip();
        return strings(s.isEmpty() ? new String[0] : s.split("\\s+"));
    });
    static final Native INDEX = new Native("strings.Index", a -> {
        String s = (String) a[0];
        int i = s.indexOf((String) a[1]);
        return i < 0 ? -1L : (long) s.substring(0, i).getBytes(StandardCharsets.UTF_8).length;
    });
    /** strconv.FormatInt(i, base): Go panics for a base outside 2..36. */
    static final Native FORMAT_INT = new Native("strconv.FormatInt", a -> Long.toString((Long) a[0], base(a[1])));
    /** strconv.FormatUint: the long holds 64 unsigned bits. */
    static final Native FORMAT_UINT = new Native("strconv.FormatUint", a -> Long.toUnsignedString((Long) a[0], base(a[1])));

    private static int base(Object b) {
        long base = (Long) b;
        if (base < 2 || base > 36) throw new dev.schedlab.model.vm.GoPanic("strconv: illegal AppendInt/FormatInt base", false);
        return (int) base;
    }

    static final Native ATOI = new Native("strconv.Atoi", a -> {
        String s = (String) a[0];
        try {
            return new Object[] {Long.parseLong(s.startsWith("+") ? s.substring(1) : s), null};
        } catch (NumberFormatException e) {
            boolean digits = !s.isEmpty() && s.replaceFirst("^[+-]", "").chars().allMatch(Character::isDigit) && s.length() > 1;
            return new Object[] {0L, "strconv.Atoi: parsing " + Fmt.quote(s) + ": " + (digits ? "value out of range" : "invalid syntax")};
        }
    });
    static final Native SORT = new Native("sort.Sort", a -> {
        SliceValue s = (SliceValue) a[0];
        if (s != null) Arrays.sort(s.array, s.offset, s.offset + s.length);
        return null;
    });
    /**
     * sort.Slice's insertion sort, driven by library code that calls less between steps (a
     * native cannot call Go): for i := 1; i < n; i++ { for j := i; j > 0 && less(j, j-1); j-- {
     * swap(j, j-1) } }. The state rides on the goroutine's stack between the calls.
     */
    static final class SliceSort {
        final SliceValue s;
        final Object less;
        int i = 1;
        int j = 1;

        SliceSort(SliceValue s, Object less) { this.s = s; this.less = less; }

        int length() { return s == null ? 0 : s.length; }
    }

    /** sort.Slice(x, less): [x, less] -> [state]. */
    static final Native SORT_SLICE_BEGIN = new Native("sort.Slice", a -> {
        if (a[0] != null && !(a[0] instanceof SliceValue)) {
            throw new dev.schedlab.model.vm.GoPanic("reflect: call of Swapper on a non-slice Value", false);
        }
        return new SliceSort((SliceValue) a[0], a[1]);
    });
    /** [state] -> [less, j, j-1, true] for the next comparison, or [less, 0, 0, false] when sorted. */
    static final Native SORT_SLICE_NEXT = new Native("sort.Slice", a -> {
        SliceSort st = (SliceSort) a[0];
        while (st.i < st.length()) {
            if (st.j > 0) return new Object[] {st.less, (long) st.j, (long) (st.j - 1), true};
            st.i++;
            st.j = st.i;
        }
        return new Object[] {st.less, 0L, 0L, false};
    });
    /** [state, less(j, j-1)] -> [state]: swap and step down, or go on with the next element. */
    static final Native SORT_SLICE_ANSWER = new Native("sort.Slice", a -> {
        SliceSort st = (SliceSort) a[0];
        if ((Boolean) a[1]) {
            Object[] arr = st.s.array;
            int k = st.s.offset + st.j;
            Object t = arr[k];
            arr[k] = arr[k - 1];
            arr[k - 1] = t;
            st.j--;
        } else {
            st.i++;
            st.j = st.i;
        }
        return st;
    });
    /** strings.Builder: the struct's one field holds the text so far. */
    static final Native BUILDER_WRITE = new Native("strings.(*Builder).WriteString", a -> {
        Object[] f = SystemNatives.fields(a[0]);
        f[0] = f[0] + (String) a[1];
        return new Object[] {(long) ((String) a[1]).getBytes(StandardCharsets.UTF_8).length, null};
    });
    static final Native BUILDER_WRITE_BYTE = new Native("strings.(*Builder).WriteByte", a -> {
        Object[] f = SystemNatives.fields(a[0]);
        f[0] = f[0] + new String(new byte[] {(byte) (long) (Long) a[1]}, StandardCharsets.ISO_8859_1);
        return null;
    });
    static final Native BUILDER_STRING = new Native("strings.(*Builder).String", a -> SystemNatives.fields(a[0])[0]);
    static final Native BUILDER_LEN = new Native("strings.(*Builder).Len",
            a -> (long) ((String) SystemNatives.fields(a[0])[0]).getBytes(StandardCharsets.UTF_8).length);
    static final Native BUILDER_RESET = new Native("strings.(*Builder).Reset", a -> { SystemNatives.fields(a[0])[0] = ""; return null; });
    static final Native DURATION_STRING = new Native("time.Duration.String", a -> duration((Long) a[0]));

    private static SliceValue split(String s, String sep) {
        if (sep.isEmpty()) return strings(s.codePoints().mapToObj(Character::toString).toArray(String[]::new));
        return strings(s.split(java.util.regex.Pattern.quote(sep), -1));
    }

    private static SliceValue strings(String[] parts) {
        Object[] e = parts.clone();
        return new SliceValue(e, 0, e.length, e.length);
    }

    /** time.Duration.String: "1h2m3.5s", "1.5ms", "300µs", "0s". */
    static String duration(long d) {
        if (d == 0) return "0s";
        String sign = d < 0 ? "-" : "";
        long u = d < 0 ? -d : d; // unsigned, as Go's uint64: -MinInt64 is 2^63
        if (u > 0 && u < 1_000) return sign + u + "ns";
        if (u > 0 && u < 1_000_000) return sign + fraction(u, 1_000) + "µs";
        if (u > 0 && u < 1_000_000_000) return sign + fraction(u, 1_000_000) + "ms";
        long h = Long.divideUnsigned(u, 3_600_000_000_000L);
        long m = Long.divideUnsigned(u, 60_000_000_000L) % 60;
        String s = fraction(Long.remainderUnsigned(u, 60_000_000_000L), 1_000_000_000) + "s";
        if (h > 0) return sign + h + "h" + m + "m" + s;
        if (m > 0) return sign + m + "m" + s;
        return sign + s;
    }

    private static String fraction(long v, long unit) {
        String frac = String.format("%0" + Long.toString(unit).length() + "d", v % unit).substring(1).replaceAll("0+$", "");
        return (v / unit) + (frac.isEmpty() ? "" : "." + frac);
    }
}
