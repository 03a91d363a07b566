package dev.schedlab.scenarios.lang.lib;

import dev.schedlab.model.vm.Native;

/**
 * time.Duration's methods that round or convert, step for step as Go 1.23's time package
 * computes them (so the float results agree to the last bit and overflow saturates the same way).
 */
final class DurationNatives {
    private DurationNatives() {}

    private static final long SECOND = 1_000_000_000L;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;

    static final Native SECONDS = new Native("time.Duration.Seconds", a -> inUnits((Long) a[0], SECOND));
    static final Native MINUTES = new Native("time.Duration.Minutes", a -> inUnits((Long) a[0], MINUTE));
    static final Native HOURS = new Native("time.Duration.Hours", a -> inUnits((Long) a[0], HOUR));
    static final Native TRUNCATE = new Native("time.Duration.Truncate", a -> truncate((Long) a[0], (Long) a[1]));
    static final Native ROUND = new Native("time.Duration.Round", a -> round((Long) a[0], (Long) a[1]));
    static final Native ABS = new Native("time.Duration.Abs", a -> abs((Long) a[0]));

    /** Whole units plus the remainder's fraction: exact for the whole part, as Go splits it. */
    private static double inUnits(long d, long unit) {
        return (double) (d / unit) + (double) (d % unit) / unit;
    }

    static long truncate(long d, long m) {
        return m <= 0 ? d : d - d % m;
    }

    /** Halfway values round away from zero; a result beyond the range saturates. */
    static long round(long d, long m) {
        if (m <= 0) return d;
        long r = d % m;
        if (d < 0) {
            r = -r;
            if (lessThanHalf(r, m)) return d + r;
            long d1 = d - m + r;
            return d1 < d ? d1 : Long.MIN_VALUE;
        }
        if (lessThanHalf(r, m)) return d - r;
        long d1 = d + m - r;
        return d1 > d ? d1 : Long.MAX_VALUE;
    }

    private static boolean lessThanHalf(long x, long y) {
        return Long.compareUnsigned(x + x, y) < 0;
    }

    static long abs(long d) {
        if (d >= 0) return d;
        return d == Long.MIN_VALUE ? Long.MAX_VALUE : -d;
    }
}
