package dev.schedlab.app.run;

import dev.schedlab.app.cli.UserError;
import dev.schedlab.model.trace.EventSink;
import dev.schedlab.model.trace.TraceEvent.MachineCreated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventLogTest {
    @TempDir Path dir;

    @Test void aCommittedFileHasOneLinePerEventAndNoTemporaryLeft() throws IOException {
        Path file = dir.resolve("events.txt");
        Files.writeString(file, "old contents\n");
        try (EventLog log = EventLog.toFile(file)) {
            EventSink sink = log.sink();
            sink.accept(new MachineCreated(0, 0));
            sink.accept(new MachineCreated(5, 1));
            assertThat(file).hasContent("old contents"); // nothing replaced before the commit
            log.commit();
        }
        assertThat(Files.readAllLines(file)).containsExactly("0 MachineCreated m=0", "5 MachineCreated m=1");
        assertThat(filesIn(dir)).containsExactly("events.txt");
    }

    @Test void aRunThatFailsLeavesNoFileBehind() throws IOException {
        Path file = dir.resolve("events.txt");
        try (EventLog log = EventLog.toFile(file)) {
            log.sink().accept(new MachineCreated(0, 0));
            // no commit: the run failed
        }
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test void anUnwritableFolderIsAUserError() {
        assertThatThrownBy(() -> EventLog.toFile(dir.resolve("missing/events.txt")))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("missing/events.txt");
    }

    @Test void stdoutSharesTheProgramsWriter() {
        StringWriter out = new StringWriter();
        try (EventLog log = EventLog.toStdout(out)) {
            out.write("hello\n");
            log.sink().accept(new MachineCreated(7, 2));
            log.commit();
        }
        assertThat(out).hasToString("hello\n7 MachineCreated m=2\n");
    }

    private static Stream<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList().stream();
        }
    }
}
