package dev.schedlab.app.window;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds a shared library the way the dynamic linker would look for it, near enough:
 * LD_LIBRARY_PATH, the folders named in /etc/ld.so.conf.d, then the usual system folders.
 * Reading files instead of calling ldconfig keeps the check fast and free of a process.
 */
final class SharedLibraries {
    private static final List<String> SYSTEM_FOLDERS = List.of(
            "/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib/aarch64-linux-gnu", "/usr/lib/aarch64-linux-gnu",
            "/usr/lib64", "/lib64", "/usr/lib", "/lib", "/usr/local/lib");

    private final Set<Path> folders;

    private SharedLibraries(Set<Path> folders) { this.folders = folders; }

    static SharedLibraries ofThisMachine(Map<String, String> env) {
        Set<Path> folders = new LinkedHashSet<>();
        String ldPath = env.get("LD_LIBRARY_PATH");
        if (ldPath != null) {
            for (String f : ldPath.split(":")) if (!f.isBlank()) folders.add(Path.of(f));
        }
        folders.addAll(configuredFolders(Path.of("/etc/ld.so.conf.d")));
        SYSTEM_FOLDERS.forEach(f -> folders.add(Path.of(f)));
        return new SharedLibraries(folders);
    }

    boolean contains(String soname) {
        return folders.stream().anyMatch(f -> Files.exists(f.resolve(soname)));
    }

    private static List<Path> configuredFolders(Path confDir) {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(confDir)) return out;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(confDir, "*.conf")) {
            for (Path conf : files) {
                for (String line : Files.readAllLines(conf)) {
                    String l = line.strip();
                    if (l.startsWith("/")) out.add(Path.of(l));
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // A broken linker configuration only makes the check less thorough; JavaFX has the last word.
        }
        return out;
    }
}
