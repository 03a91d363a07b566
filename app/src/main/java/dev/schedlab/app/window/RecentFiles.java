package dev.schedlab.app.window;

import dev.schedlab.app.io.AtomicFile;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The programs opened last, newest first, kept in a small text file (one path a line) so that
 * they survive a restart. Losing the list is harmless, so a file that cannot be read or written
 * is ignored rather than reported. FX thread only.
 */
final class RecentFiles {
    static final int MAX = 8;
    private static final String FILE = "recent-files.txt";

    private final Path store;
    private final ObservableList<Path> paths = FXCollections.observableArrayList();
    // One wrapper kept for good: it hears the list through a weak listener.
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(paths);

    RecentFiles(Path store) {
        this.store = store;
        paths.setAll(read(store));
    }

    /**
     * The list in the user's configuration folder ({@link ConfigDir}).
     */
    static RecentFiles inUserConfig() { return new RecentFiles(ConfigDir.resolve().resolve(FILE)); }

    ObservableList<Path> paths() { return readOnly; }

    /** Puts {@code path} first (once), keeps at most {@link #MAX}, and saves the list. */
    void add(Path path) {
        Path p = path.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(paths);
        next.remove(p);
        next.add(0, p);
        if (next.size() > MAX) next = next.subList(0, MAX);
        paths.setAll(next);
        write();
    }

    private static List<Path> read(Path store) {
        List<Path> found = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                if (line.isBlank() || found.size() == MAX) continue;
                Path p = Path.of(line.strip());
                if (!found.contains(p)) found.add(p);
            }
        } catch (IOException | InvalidPathException e) {
            // No list yet, or an unreadable one: start empty.
        }
        return found;
    }

    /** Written beside and moved into place, so a crash never leaves half a list. */
    private void write() {
        try {
            Files.createDirectories(store.getParent());
            String text = paths.stream().map(p -> p + "\n").collect(java.util.stream.Collectors.joining());
            AtomicFile.write(store, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // A read-only home: the list still works for this session.
        }
    }
}
