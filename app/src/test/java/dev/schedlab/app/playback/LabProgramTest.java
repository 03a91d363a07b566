package dev.schedlab.app.playback;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What the window opens: a scenario folder starts with its own GOMAXPROCS. */
class LabProgramTest {
    @TempDir Path dir;

    @Test void aScenarioFolderOpensWithItsOwnGomaxprocsAndAPlainFileWithTheDefault() throws IOException {
        Files.writeString(dir.resolve("main.go"), "package main\n\nfunc main() {}\n");
        Files.writeString(dir.resolve("scenario.yaml"), "title: Two Ps\ndescription: A test.\ngomaxprocs: 2\n");
        assertThat(LabProgram.load(dir).program().gomaxprocs()).isEqualTo(2);
        assertThat(LabProgram.load(dir.resolve("main.go")).program().gomaxprocs()).isEqualTo(4);
    }
}
