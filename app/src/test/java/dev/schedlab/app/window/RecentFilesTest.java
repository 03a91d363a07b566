package dev.schedlab.app.window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class RecentFilesTest {
    @TempDir Path dir;

    private Path store() { return dir.resolve("config").resolve("recent-files.txt"); }

    @Test void theLastOpenedComesFirstAndAPathIsListedOnce() {
        RecentFiles recent = new RecentFiles(store());
        recent.add(dir.resolve("a.go"));
        recent.add(dir.resolve("b"));
        recent.add(dir.resolve("x/../a.go")); // the same file, spelled differently

        assertThat(recent.paths()).containsExactly(dir.resolve("a.go"), dir.resolve("b"));
    }

    @Test void theListKeepsTheNewestEightAndSurvivesARestart() {
        RecentFiles recent = new RecentFiles(store());
        IntStream.range(0, 11).forEach(i -> recent.add(dir.resolve("p" + i + ".go")));
        assertThat(recent.paths()).hasSize(RecentFiles.MAX).startsWith(dir.resolve("p10.go")).endsWith(dir.resolve("p3.go"));

        RecentFiles again = new RecentFiles(store());
        assertThat(again.paths()).containsExactlyElementsOf(recent.paths());
        try (var files = Files.list(store().getParent())) {
            assertThat(files).as("no temporary file left behind").containsExactly(store());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test void aMissingOrUnwritableStoreStillGivesAWorkingListForTheSession() throws IOException {
        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "a file where the folder should be");
        RecentFiles recent = new RecentFiles(blocker.resolve("recent-files.txt"));
        assertThat(recent.paths()).isEmpty();

        recent.add(dir.resolve("a.go"));
        assertThat(recent.paths()).containsExactly(dir.resolve("a.go"));
    }
}
