package dev.schedlab.app.window;

import dev.schedlab.app.io.AtomicFile;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * What the window remembers between runs: theme, language, speed, the folder the open dialogs
 * start in, the window's place and size, and its divider positions. Kept as a properties file in
 * the configuration folder; a file that cannot be read or makes no sense is ignored with a one-line
 * warning (the lab starts with its defaults), and saving writes beside it and moves it into place.
 */
final class LabPreferences {
    static final String FILE = "preferences.properties";

    /** The window's place on the screen and its size. */
    record WindowPlace(double x, double y, double width, double height, boolean maximized) {}

    private final Path store;
    private final Consumer<String> warn;
    private final Properties values = new Properties();

    LabPreferences(Path store, Consumer<String> warn) {
        this.store = store;
        this.warn = warn;
        read();
    }

    static LabPreferences inUserConfig() {
        return new LabPreferences(ConfigDir.resolve().resolve(FILE), w -> System.err.println("schedlab: " + w));
    }

    Optional<Boolean> darkTheme() { return text("theme").map("dark"::equals); }

    void setDarkTheme(boolean dark) { values.setProperty("theme", dark ? "dark" : "light"); }

    Optional<Locale> locale() { return text("language").map(Locale::forLanguageTag); }

    void setLocale(Locale l) { values.setProperty("language", l.toLanguageTag()); }

    /** Simulated ns per second of wall time. */
    OptionalDouble speed() {
        return text("speed").map(s -> OptionalDouble.of(Double.parseDouble(s))).orElse(OptionalDouble.empty());
    }

    void setSpeed(double speed) { values.setProperty("speed", Double.toString(speed)); }

    Optional<Path> lastFolder() { return text("lastFolder").map(Path::of); }

    void setLastFolder(Path folder) { values.setProperty("lastFolder", folder.toAbsolutePath().toString()); }

    Optional<WindowPlace> window() {
        if (text("window.width").isEmpty()) return Optional.empty();
        return Optional.of(new WindowPlace(number("window.x"), number("window.y"), number("window.width"),
                number("window.height"), Boolean.parseBoolean(values.getProperty("window.maximized"))));
    }

    void setWindow(WindowPlace w) {
        values.setProperty("window.x", Double.toString(w.x()));
        values.setProperty("window.y", Double.toString(w.y()));
        values.setProperty("window.width", Double.toString(w.width()));
        values.setProperty("window.height", Double.toString(w.height()));
        values.setProperty("window.maximized", Boolean.toString(w.maximized()));
    }

    /** A split pane's divider positions (0..1), by the name it is saved under; empty if none saved. */
    double[] dividers(String name) {
        return text("dividers." + name).map(s -> Arrays.stream(s.split(",")).mapToDouble(Double::parseDouble).toArray())
                .orElse(new double[0]);
    }

    void setDividers(String name, double[] positions) {
        values.setProperty("dividers." + name, String.join(",", Arrays.stream(positions).mapToObj(Double::toString).toList()));
    }

    /** Writes the preferences; a folder that cannot be written costs only this session's preferences. */
    void save() {
        try {
            Files.createDirectories(store.getParent());
            AtomicFile.write(store, out -> {
                Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
                values.store(w, "SchedLab's window preferences");
                w.flush();
            });
        } catch (IOException e) {
            warn.accept("could not save preferences to " + store + ": " + e.getMessage());
        }
    }

    private Optional<String> text(String key) {
        String v = values.getProperty(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    private double number(String key) { return Double.parseDouble(values.getProperty(key, "0")); }

    /** Loads the file and checks every value; anything wrong and the whole file is set aside. */
    private void read() {
        if (!Files.isRegularFile(store)) return; // first run: the defaults
        try (Reader r = Files.newBufferedReader(store, StandardCharsets.UTF_8)) {
            values.load(r);
            check();
        } catch (IOException | RuntimeException e) {
            values.clear();
            String why = e instanceof CharacterCodingException ? "not UTF-8 text" : e.getMessage();
            warn.accept("ignoring damaged preferences " + store + " (" + why + "); using the defaults");
        }
    }

    private void check() {
        text("theme").ifPresent(t -> { if (!t.equals("dark") && !t.equals("light")) throw new IllegalArgumentException("theme " + t); });
        speed().ifPresent(s -> { if (!(s > 0) || Double.isInfinite(s)) throw new IllegalArgumentException("speed " + s); });
        try {
            lastFolder();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("lastFolder: " + e.getMessage());
        }
        window().ifPresent(w -> {
            if (!(w.width() > 0 && w.height() > 0) || Double.isNaN(w.x()) || Double.isNaN(w.y())) throw new IllegalArgumentException("window " + w);
        });
        for (String name : values.stringPropertyNames()) {
            if (!name.startsWith("dividers.")) continue;
            for (double d : dividers(name.substring("dividers.".length()))) {
                if (!(d >= 0 && d <= 1)) throw new IllegalArgumentException(name + " " + d);
            }
        }
    }
}
