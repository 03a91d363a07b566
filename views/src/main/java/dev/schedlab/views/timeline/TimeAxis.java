package dev.schedlab.views.timeline;

import java.util.Locale;

/** Tick spacing and labels for a time axis in nanoseconds: steps of 1, 2 or 5 times a power of ten. */
public final class TimeAxis {
    private TimeAxis() {}

    /** A tick step (ns) so that ticks are at least {@code minPixels} apart at {@code nsPerPixel}. */
    public static long step(double nsPerPixel, double minPixels) {
        double wanted = Math.max(1, nsPerPixel * minPixels);
        long power = 1;
        while (true) {
            for (long f : new long[] {1, 2, 5}) {
                if (f * power >= wanted) return f * power;
            }
            power *= 10;
        }
    }

    /** A short label: "0", "250 ns", "1.5 µs", "12 ms", "1.25 s". */
    public static String label(long ns) {
        if (ns == 0) return "0";
        if (ns < 1_000) return ns + " ns";
        if (ns < 1_000_000) return trim(ns / 1e3) + " µs";
        if (ns < 1_000_000_000) return trim(ns / 1e6) + " ms";
        return trim(ns / 1e9) + " s";
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
