package dev.schedlab.app.conformance;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One case of shared/conformance: a real Go program, the GOMAXPROCS and GODEBUG it ran with,
 * and what real Go 1.23 printed.
 */
record ConformanceCase(String name, Path program, int gomaxprocs, String godebug, String expected) {

    static Path sharedRoot() {
        String root = System.getProperty("schedlab.root");
        if (root != null && Files.isDirectory(Path.of(root).resolve("../shared"))) return Path.of(root).resolve("../shared").normalize();
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared"))) return p.resolve("shared");
        }
        throw new IllegalStateException("no shared/ folder above " + Path.of("").toAbsolutePath());
    }

    static ConformanceCase load(String name) {
        Path dir = sharedRoot().resolve("conformance").resolve(name);
        try {
            // Only the keys the run needs: some shared case.yaml files have free-text fields that
            // are not valid YAML (unescaped quotes in runs_agreeing), and shared/ is not ours to edit.
            String settings = Files.readAllLines(dir.resolve("case.yaml")).stream()
                    .filter(line -> line.startsWith("gomaxprocs:") || line.startsWith("godebug:"))
                    .reduce("", (a, b) -> a + b + "\n");
            Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(settings);
            Object godebug = yaml.get("godebug");
            return new ConformanceCase(name, dir.resolve("main.go"), ((Number) yaml.get("gomaxprocs")).intValue(),
                    godebug == null ? "" : godebug.toString(), Files.readString(dir.resolve("expected.txt")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
