package dev.schedlab.model;

/**
 * Figures of a run so far.
 *
 * @param events            scheduler events processed (trace events emitted)
 * @param goroutineSwitches times an M started running a different goroutine (execute)
 * @param simTimeNs         simulated time
 * @param peakGoroutines    most goroutines alive at once (runtime's own included)
 * @param threads           Ms created
 * @param gcAssistNs        mark work goroutines did themselves for allocating during marks (gcAssistAlloc)
 */
public record RunStats(long events, long goroutineSwitches, long simTimeNs, long peakGoroutines, long threads,
                       long gcAssistNs) {}
