package dev.schedlab.model;

/** Where a simulated program's writes to fd 1 and fd 2 go. */
public interface ProgramOutput {
    void write(int fd, String text);

    /** Discards everything (a view that only looks at the events). */
    ProgramOutput DISCARD = (fd, text) -> { };
}
