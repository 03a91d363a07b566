package dev.schedlab.model.runtime;

/**
 * The GC pacer's worker arithmetic (runtime/mgcpacer.go:startCycle): a quarter of the Ps'
 * time goes to marking; that is rounded to whole dedicated workers, unless the rounding is
 * off by more than 30%, in which case fewer dedicated workers run and the rest of the quarter
 * is a fractional goal that Ps meet by running a worker part of the time.
 */
final class GcPacer {
    static final double BACKGROUND_UTILIZATION = 0.25;
    static final double MAX_UTIL_ERROR = 0.3;

    /** Dedicated mark workers and the per-P fractional utilisation goal for one cycle. */
    record Workers(int dedicated, double fractionalGoal) {}

    private GcPacer() {}

    static Workers workers(int gomaxprocs) {
        double total = gomaxprocs * BACKGROUND_UTILIZATION;
        int dedicated = (int) (total + 0.5);
        double utilError = dedicated / total - 1;
        if (utilError < -MAX_UTIL_ERROR || utilError > MAX_UTIL_ERROR) {
            // Rounding put us more than 30% off: too many dedicated workers drop one.
            if (dedicated > total) dedicated--;
            return new Workers(dedicated, (total - dedicated) / gomaxprocs);
        }
        return new Workers(dedicated, 0);
    }
}
