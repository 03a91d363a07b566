package dev.schedlab.app.cli;

/**
 * Go's duration syntax for the command line ({@code 300ms}, {@code 1.5s}, {@code 20us}). The
 * parser lives with the front end, which scenario files share; this keeps the CLI's name for it.
 */
public final class GoDuration {
    private GoDuration() {}

    /**
     * Nanoseconds in {@code text}; fractions below a nanosecond are dropped, as Go does.
     *
     * @throws IllegalArgumentException with a message fit for the user
     */
    public static long parseNanos(String text) { return dev.schedlab.scenarios.lang.GoDuration.parseNanos(text); }

    /** Formats nanoseconds the way Go's {@code Duration.String} would for round values: 1.5s, 300ms, 20µs, 100ns. */
    public static String format(long nanos) { return dev.schedlab.scenarios.lang.GoDuration.format(nanos); }
}
