package dev.schedlab.scenarios.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A folder of scenario folders ({@code NN-name/main.go} + {@code scenario.yaml}). The built-in
 * one ships in the scenarios jar (from {@code scenarios/library/}); its {@code go.mod}
 * marks where it is, whether the classes are a folder or a jar.
 */
public final class ScenarioLibrary {
    static final String RESOURCE_ROOT = "dev/schedlab/scenarios/library/";

    private final Path root;

    public ScenarioLibrary(Path root) { this.root = root; }

    /** The scenarios that come with SchedLab. */
    public static ScenarioLibrary builtIn() {
        URL marker = ScenarioLibrary.class.getClassLoader().getResource(RESOURCE_ROOT + "go.mod");
        if (marker == null) throw new IllegalStateException("the built-in scenarios are missing from the class path (" + RESOURCE_ROOT + ")");
        try {
            URI uri = marker.toURI();
            if (uri.getScheme().equals("jar")) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException alreadyOpen) {
                    // another library object opened the jar first: Path.of finds that file system
                }
            }
            return new ScenarioLibrary(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the built-in scenarios at " + marker, e);
        }
    }

    public Path root() { return root; }

    /** Folder names of the scenarios, in order ({@code 01-...} first). */
    public List<String> names() {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(p -> Files.isRegularFile(p.resolve(ScenarioLoader.MAIN)))
                    .map(p -> p.getFileName().toString().replaceAll("/$", ""))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the scenarios in " + root, e);
        }
    }

    /** The folder of the scenario called {@code name}: its folder name, or that name without the {@code NN-} prefix. */
    public Optional<Path> find(String name) {
        return names().stream()
                .filter(n -> n.equals(name) || n.replaceFirst("^\\d+-", "").equals(name))
                .findFirst().map(root::resolve);
    }
}
