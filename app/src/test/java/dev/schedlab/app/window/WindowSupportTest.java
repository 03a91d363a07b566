package dev.schedlab.app.window;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WindowSupportTest {
    @Test void withoutADisplayItSaysHowToGetOne() {
        assertThat(WindowSupport.problem(Map.of(), "Linux", lib -> true)).hasValueSatisfying(why ->
                assertThat(why).contains("DISPLAY is not set").contains("xvfb-run ./schedlab").contains("./schedlab run FILE"));
    }

    @Test void withoutGtk3ItSaysWhatToInstall() {
        assertThat(WindowSupport.problem(Map.of("DISPLAY", ":0"), "Linux", lib -> false))
                .hasValue("GTK 3 is missing: install it with apt-get install -y libgtk-3-0");
    }

    @Test void waylandCountsAsADisplay() {
        assertThat(WindowSupport.problem(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", WindowSupport.GTK3::equals)).isEmpty();
    }

    @Test void otherSystemsAreLeftToJavaFx() {
        assertThat(WindowSupport.problem(Map.of(), "Mac OS X", lib -> false)).isEmpty();
    }

    @Test void javaFxsOwnFailuresAreTranslated() {
        RuntimeException gtk = new RuntimeException("Application launch error", new UnsatisfiedLinkError("Unable to load glass GTK library."));
        assertThat(JavaFxFailures.explain(gtk, Map.of())).hasValue(WindowSupport.gtkMissing());
        RuntimeException display = new RuntimeException(new UnsupportedOperationException("Unable to open DISPLAY"));
        assertThat(JavaFxFailures.explain(display, Map.of("DISPLAY", ":77"))).hasValueSatisfying(why -> assertThat(why).contains("DISPLAY=:77"));
        assertThat(JavaFxFailures.explain(new IllegalStateException("other"), Map.of())).isEmpty();
    }

    @Test void thisMachinesLibrariesCanBeFound() {
        assertThat(SharedLibraries.ofThisMachine(Map.of()).contains("libc.so.6")).isTrue();
        assertThat(SharedLibraries.ofThisMachine(Map.of()).contains("libno-such-thing.so.9")).isFalse();
    }
}
