package dev.schedlab.scenarios.lang;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared reference material (conformance and bench programs) beside the project. */
public final class SharedFiles {
    private SharedFiles() {}

    public static Path shared() {
        String root = System.getProperty("schedlab.root");
        if (root != null && Files.isDirectory(Path.of(root).resolve("../shared"))) return Path.of(root).resolve("../shared").normalize();
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared"))) return p.resolve("shared");
        }
        throw new IllegalStateException("no shared/ folder found above " + Path.of("").toAbsolutePath());
    }

    public static Path program(String relative) { return shared().resolve(relative).resolve("main.go"); }
}
