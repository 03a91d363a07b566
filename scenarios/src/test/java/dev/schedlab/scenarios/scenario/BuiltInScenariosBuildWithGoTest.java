package dev.schedlab.scenarios.scenario;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every built-in main.go is real Go: {@code go vet} and {@code go build} of the library module
 * ({@code scenarios/library}) succeed with the Go 1.23 toolchain. Skipped, with the reason
 * shown, where that toolchain is not installed (CI installs it).
 */
class BuiltInScenariosBuildWithGoTest {
    private static final Path GO = Path.of("/usr/lib/go-1.23/bin/go");
    private static final Path LIBRARY = Path.of("library");

    @TempDir Path out;
    @TempDir Path cache;

    @Test void theLibraryVetsAndBuildsWithGo123() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(GO), "Go 1.23 toolchain not installed: " + GO + " is missing");
        assertThat(LIBRARY.resolve("go.mod")).exists(); // Surefire runs in the module folder
        assertThat(go("vet", "./...")).isEmpty();
        assertThat(go("build", "-o", out.toString() + "/", "./...")).isEmpty();
        try (var built = Files.list(out)) {
            assertThat(built.count()).isEqualTo(ScenarioLibrary.builtIn().names().size());
        }
    }

    /** Runs go in the library folder; returns its output, failing the test on a non-zero exit. */
    private String go(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = GO.toString();
        System.arraycopy(args, 0, command, 1, args.length);
        ProcessBuilder pb = new ProcessBuilder(command).directory(LIBRARY.toFile()).redirectErrorStream(true);
        // Keep the build cache out of the user's home and off the network.
        pb.environment().put("GOCACHE", cache.toString());
        pb.environment().put("GOFLAGS", "-mod=mod");
        pb.environment().put("GOTOOLCHAIN", "local");
        pb.environment().put("GOPROXY", "off");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as("go %s:%n%s", String.join(" ", args), output).isZero();
        return output;
    }
}
