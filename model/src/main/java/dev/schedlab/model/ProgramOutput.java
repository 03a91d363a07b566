package dev.schedlab.model;

/** Where a simulated program's writes to fd 1 and fd 2 go. */
public interface ProgramOutput {
    void write(int fd, String text);

    /**
     * A GODEBUG=schedtrace report (one line, or a block with scheddetail) printed by sysmon at
     * simulated time {@code timeNs}. Go writes it to fd 2, and so does this default; the lab's
     * window keeps the reports with their times instead, to show them up to the playhead.
     */
    default void schedtrace(long timeNs, String text) { write(2, text); }

    /** Discards everything (a view that only looks at the events). */
    ProgramOutput DISCARD = (fd, text) -> { };
}
