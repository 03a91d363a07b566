package dev.schedlab.app.window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LabPreferencesTest {
    @TempDir Path dir;
    private final List<String> warnings = new ArrayList<>();

    private Path store() { return dir.resolve("config").resolve(LabPreferences.FILE); }

    private LabPreferences open() { return new LabPreferences(store(), warnings::add); }

    @Test void whatIsSavedIsReadBackByTheNextRun() throws IOException {
        LabPreferences p = open();
        assertThat(p.darkTheme()).isEmpty();
        p.setDarkTheme(true);
        p.setLocale(Locale.SIMPLIFIED_CHINESE);
        p.setSpeed(3.16e6);
        p.setLastFolder(dir.resolve("programs"));
        p.setWindow(new LabPreferences.WindowPlace(40, 60, 1200, 800, false));
        p.setDividers("centre", new double[] {0.6});
        p.save();

        LabPreferences again = open();
        assertThat(again.darkTheme()).contains(true);
        assertThat(again.locale()).contains(Locale.SIMPLIFIED_CHINESE);
        assertThat(again.speed()).hasValue(3.16e6);
        assertThat(again.lastFolder()).contains(dir.resolve("programs").toAbsolutePath());
        assertThat(again.window()).contains(new LabPreferences.WindowPlace(40, 60, 1200, 800, false));
        assertThat(again.dividers("centre")).containsExactly(0.6);
        assertThat(warnings).isEmpty();
        try (var files = Files.list(store().getParent())) {
            assertThat(files).as("no temporary file left behind").containsExactly(store());
        }
    }

    @Test void aDamagedFileIsIgnoredWithOneWarning() throws IOException {
        Files.createDirectories(store().getParent());
        Files.writeString(store(), "theme=dark\nspeed=fast\nwindow.width=1200\n");

        LabPreferences p = open();
        assertThat(p.darkTheme()).as("nothing of a damaged file is used").isEmpty();
        assertThat(p.speed()).isEmpty();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).contains(store().toString()).doesNotContain("\n");
    }

    @Test void aBadEscapeOrOutOfRangeDividerIsDamageToo() throws IOException {
        Files.createDirectories(store().getParent());
        Files.writeString(store(), "theme=light\nlastFolder=\\u12\n");
        assertThat(open().darkTheme()).isEmpty();
        Files.writeString(store(), "theme=light\ndividers.centre=1.7\n");
        assertThat(open().darkTheme()).isEmpty();
        assertThat(warnings).hasSize(2);
    }

    @Test void anUnwritableFolderCostsOnlyThisSessionsPreferences() throws IOException {
        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "a file where the folder should be");
        LabPreferences p = new LabPreferences(blocker.resolve(LabPreferences.FILE), warnings::add);
        p.setDarkTheme(true);
        p.save();
        assertThat(p.darkTheme()).contains(true);
        assertThat(warnings).hasSize(1);
        assertThat(Files.readString(blocker)).isEqualTo("a file where the folder should be");
    }
}
