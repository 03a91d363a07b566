package dev.schedlab.app.run;

import dev.schedlab.model.ProgramOutput;

import java.io.PrintWriter;

/**
 * The simulated program's fd 1 and fd 2 on this process's stdout and stderr, text exactly as
 * written. Both are buffered; switching from one fd to the other flushes the first, so a
 * terminal shows the two interleaved in the program's order at the cost of few flushes.
 */
public final class ConsoleOutput implements ProgramOutput {
    private final PrintWriter out;
    private final PrintWriter err;
    private PrintWriter last;

    public ConsoleOutput(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
        this.last = out;
    }

    @Override public void write(int fd, String text) {
        PrintWriter target = switch (fd) {
            case 1 -> out;
            case 2 -> err;
            default -> throw new IllegalArgumentException("a program can only write to fd 1 or 2, not " + fd);
        };
        if (target != last) {
            last.flush();
            last = target;
        }
        target.write(text);
    }

    public void flush() {
        out.flush();
        err.flush();
    }
}
