package dev.schedlab.scenarios.lang;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Durations written as Go's {@code time.ParseDuration} reads them: {@code 300ms},
 * {@code 1.5s}, {@code 20us} (or {@code 20µs}), {@code 100ns}, {@code 2m}, {@code 1h30m}.
 * The lab's users copy these from Go programs and GODEBUG docs, so the syntax is Go's.
 * Shared by the command line and scenario files (chapter times).
 */
public final class GoDuration {
    private GoDuration() {}

    private static final Map<String, Long> UNIT_NANOS = Map.of(
            "ns", 1L, "us", 1_000L, "\u00b5s", 1_000L, "\u03bcs", 1_000L, "ms", 1_000_000L,
            "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);

    /**
     * Nanoseconds in {@code text}; fractions below a nanosecond are dropped, as Go does.
     *
     * @throws IllegalArgumentException with a message fit for the user
     */
    public static long parseNanos(String text) {
        String s = text.strip();
        boolean negative = false;
        if (s.startsWith("-") || s.startsWith("+")) {
            negative = s.startsWith("-");
            s = s.substring(1);
        }
        if (s.equals("0")) return 0;
        if (s.isEmpty()) throw invalid(text, "it is empty");
        BigDecimal total = BigDecimal.ZERO;
        int i = 0;
        while (i < s.length()) {
            int numberStart = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) i++;
            String number = s.substring(numberStart, i);
            if (number.isEmpty() || number.equals(".") || number.indexOf('.') != number.lastIndexOf('.')) {
                throw invalid(text, "expected a number at '" + s.substring(numberStart) + "'");
            }
            int unitStart = i;
            while (i < s.length() && !Character.isDigit(s.charAt(i)) && s.charAt(i) != '.') i++;
            String unit = s.substring(unitStart, i);
            if (unit.isEmpty()) throw invalid(text, "missing unit after " + number);
            Long nanos = UNIT_NANOS.get(unit);
            if (nanos == null) throw invalid(text, "unknown unit '" + unit + "'");
            total = total.add(new BigDecimal(number).multiply(BigDecimal.valueOf(nanos)));
        }
        BigDecimal whole = total.setScale(0, RoundingMode.DOWN);
        if (whole.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) throw invalid(text, "it is too large");
        long value = whole.longValueExact();
        return negative ? -value : value;
    }

    /** Formats nanoseconds the way Go's {@code Duration.String} would for round values: 1.5s, 300ms, 20µs, 100ns. */
    public static String format(long nanos) {
        if (nanos == 0) return "0s";
        String sign = nanos < 0 ? "-" : "";
        BigDecimal n = BigDecimal.valueOf(Math.abs(nanos));
        long abs = Math.abs(nanos);
        String[] units = {"s", "ms", "\u00b5s", "ns"};
        long[] sizes = {1_000_000_000L, 1_000_000L, 1_000L, 1L};
        for (int k = 0; k < units.length; k++) {
            if (abs >= sizes[k]) {
                return sign + n.divide(BigDecimal.valueOf(sizes[k])).stripTrailingZeros().toPlainString() + units[k];
            }
        }
        throw new AssertionError();
    }

    private static IllegalArgumentException invalid(String text, String why) {
        return new IllegalArgumentException("invalid duration '" + text + "': " + why
                + " (use Go syntax such as 300ms, 1.5s, 20us, 100ns, 2m)");
    }
}
