package dev.schedlab.app;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LauncherTest {
    @Test void noArgumentsOrOnePathOpenTheWindow() {
        assertThat(Launcher.opensWindow(List.of())).isTrue();
        assertThat(Launcher.opensWindow(List.of("examples/pingpong.go"))).isTrue();
    }

    @Test void commandsAndOptionsStayHeadless() {
        assertThat(Launcher.opensWindow(List.of("run", "x.go"))).isFalse();
        assertThat(Launcher.opensWindow(List.of("run"))).isFalse();
        assertThat(Launcher.opensWindow(List.of("help"))).isFalse();
        assertThat(Launcher.opensWindow(List.of("--version"))).isFalse();
        assertThat(Launcher.opensWindow(List.of("-h"))).isFalse();
        assertThat(Launcher.opensWindow(List.of("a.go", "b.go"))).isFalse();
    }

    @Test void theVersionIsFilteredIn() {
        assertThat(Version.current()).matches("\\d+\\.\\d+\\.\\d+.*");
    }
}
