package dev.schedlab.app.window;

import java.nio.file.Path;

/** Where the lab keeps what it remembers between runs (recent files, preferences). */
final class ConfigDir {
    private ConfigDir() {}

    /**
     * The {@code schedlab.configDir} system property if set (tests use it), else
     * {@code $XDG_CONFIG_HOME/schedlab}, else {@code ~/.config/schedlab}.
     */
    static Path resolve() {
        String dir = System.getProperty("schedlab.configDir");
        if (dir != null) return Path.of(dir);
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("schedlab");
    }
}
