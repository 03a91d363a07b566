package dev.schedlab.app.run;

import dev.schedlab.app.cli.UserError;
import dev.schedlab.model.trace.EventSink;
import dev.schedlab.model.trace.EventText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where {@code --events} sends the run's events, one {@link EventText} line each, streamed
 * as they happen (a run can have millions). A file is written to a temporary sibling and
 * moved into place by {@link #commit()}, so a failed or interrupted run never leaves a
 * partial log behind under the requested name.
 */
public final class EventLog implements AutoCloseable {
    private static final int BUFFER_CHARS = 1 << 16;

    private final Writer writer;
    private final Path temporary;
    private final Path destination;
    private final String description;
    private boolean committed;

    private EventLog(Writer writer, Path temporary, Path destination, String description) {
        this.writer = writer;
        this.temporary = temporary;
        this.destination = destination;
        this.description = description;
    }

    /** No log: events are dropped. */
    public static EventLog none() { return new EventLog(null, null, null, "nowhere"); }

    /** Lines go to {@code stdout}, the same writer as the program's output, so the two stay in order. */
    public static EventLog toStdout(Writer stdout) { return new EventLog(stdout, null, null, "stdout"); }

    /** Lines go to a temporary file beside {@code file}; {@link #commit()} moves it into place. */
    public static EventLog toFile(Path file) {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = folder.resolve("." + absolute.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return new EventLog(writer, temporary, file, file.toString());
        } catch (IOException e) {
            throw new UserError("cannot write the event log " + file + ": " + reason(e), e);
        }
    }

    public EventSink sink() {
        if (writer == null) return EventSink.NONE;
        StringBuilder line = new StringBuilder(128);
        return event -> {
            line.setLength(0);
            EventText.append(line, event).append('\n');
            try {
                writer.append(line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** Flushes the log and, for a file, moves it to its name. */
    public void commit() {
        if (writer == null) return;
        try {
            if (temporary == null) {
                writer.flush();
                return;
            }
            writer.close();
            try {
                Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** A write failure, as a message for the user. */
    public UserError failure(IOException e) {
        return new UserError("cannot write the event log to " + description + ": " + reason(e), e);
    }

    /** Without a commit, a file log is discarded: no partial file is left. */
    @Override public void close() {
        if (temporary == null || committed) return;
        try {
            writer.close();
        } catch (IOException ignored) {
            // The file is being thrown away anyway.
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // Nothing more can be done; the name starts with a dot and ends in .tmp.
        }
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase()
                + (m == null ? "" : " (" + m + ")");
    }
}
