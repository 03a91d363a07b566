package dev.schedlab.app.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFileTest {
    @TempDir Path dir;

    @Test void replacesTheTargetWhole() throws IOException {
        Path target = dir.resolve("prefs.properties");
        Files.writeString(target, "old");
        AtomicFile.write(target, "new".getBytes(StandardCharsets.UTF_8));
        assertThat(target).hasContent("new");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target); // the temporary file was moved, not left beside it
        }
    }

    @Test void aWriteThatFailsHalfwayLeavesTheTargetAsItWasAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("cpu.folded");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).hasMessageContaining("No space left");
        assertThat(target).hasContent("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}
