package dev.schedlab.views.profile;

import dev.schedlab.model.profile.StackProfile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FlameGraphModelTest {
    /** 600 ns under mcall (park_m 200 + schedule 400), 400 ns in main.main (main.f 300). */
    private static StackProfile profile() {
        return new StackProfile(List.of(
                new StackProfile.Stack(List.of("runtime.mcall", "runtime.park_m"), 200),
                new StackProfile.Stack(List.of("runtime.mcall", "runtime.park_m", "runtime.schedule"), 400),
                new StackProfile.Stack(List.of("runtime.main", "main.main"), 100),
                new StackProfile.Stack(List.of("runtime.main", "main.main", "main.f"), 300)));
    }

    private static FlameGraphModel.Frame named(FlameGraphModel.Graph g, String name) {
        return g.frames().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void widthsAreSharesOfTheTotalAndRowsAreDepths() {
        FlameGraphModel.Graph g = FlameGraphModel.layout(profile().tree(), List.of(), 1000);
        assertThat(g.rows()).isEqualTo(4);
        assertThat(named(g, "all").width()).isEqualTo(1000);
        // siblings alphabetically: runtime.main (400) then runtime.mcall (600)
        assertThat(named(g, "runtime.main").x()).isEqualTo(0);
        assertThat(named(g, "runtime.main").width()).isEqualTo(400);
        assertThat(named(g, "runtime.mcall").x()).isEqualTo(400);
        assertThat(named(g, "runtime.mcall").width()).isEqualTo(600);
        assertThat(named(g, "runtime.schedule").depth()).isEqualTo(3);
        assertThat(named(g, "runtime.schedule").width()).isEqualTo(400);
        assertThat(named(g, "runtime.mcall").share()).isEqualTo(0.6);
        assertThat(g.at(450, 1).name()).isEqualTo("runtime.mcall");
    }

    @Test
    void kindsColourTheUsersCodeTheSchedulerAndRuntimeWorkApart() {
        FlameGraphModel.Graph g = FlameGraphModel.layout(profile().tree(), List.of(), 1000);
        assertThat(named(g, "main.f").kind()).isEqualTo(FlameGraphModel.Kind.USER);
        assertThat(named(g, "runtime.schedule").kind()).isEqualTo(FlameGraphModel.Kind.SCHEDULER);
        assertThat(named(g, "runtime.main").kind()).isEqualTo(FlameGraphModel.Kind.RUNTIME);
        assertThat(FlameGraphModel.kindOf(List.of("main.main", "syscall.Syscall"))).isEqualTo(FlameGraphModel.Kind.SYSCALL);
        assertThat(FlameGraphModel.kindOf(List.of("runtime.gcBgMarkWorker", "runtime.gcDrain"))).isEqualTo(FlameGraphModel.Kind.GC);
    }

    @Test
    void zoomingGivesTheFocusedFunctionTheFullWidthBelowItsAncestors() {
        FlameGraphModel.Graph g = FlameGraphModel.layout(profile().tree(), List.of("runtime.mcall", "runtime.park_m"), 1000);
        assertThat(named(g, "runtime.mcall").width()).isEqualTo(1000);
        assertThat(named(g, "runtime.park_m").width()).isEqualTo(1000);
        assertThat(named(g, "runtime.schedule").width()).isCloseTo(1000 * 400.0 / 600, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(g.frames()).noneMatch(f -> f.name().equals("main.f"));
    }

    @Test
    void framesTooNarrowToSeeAreLeftOutSoAFrameDrawsAtMostTheWidthPerRow() {
        List<StackProfile.Stack> stacks = new ArrayList<>();
        for (int i = 0; i < 5000; i++) stacks.add(new StackProfile.Stack(List.of("main.main", "main.f" + i, "main.g"), 1));
        FlameGraphModel.Graph g = FlameGraphModel.layout(new StackProfile(stacks).tree(), List.of(), 800);
        assertThat(g.frames().size()).isLessThanOrEqualTo(2 + 2 * (int) (800 / FlameGraphModel.MIN_WIDTH_PX));
        assertThat(g.frames()).extracting(FlameGraphModel.Frame::name).contains("all", "main.main");
    }

    @Test
    void aTinyShareIsNotRoundedToZero() {
        assertThat(FlameGraphViewSkin.percent(0.389)).isEqualTo("38.9%");
        assertThat(FlameGraphViewSkin.percent(0.0000226)).isEqualTo("0.0023%");
        assertThat(FlameGraphViewSkin.percent(0)).isEqualTo("0.0%");
    }

    @Test
    void aDeepWideProfileStaysWithinTheFrameBudget() {
        List<StackProfile.Stack> stacks = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            List<String> frames = new ArrayList<>();
            for (int d = 0; d < 30; d++) frames.add("main.f" + i + "_" + d);
            stacks.add(new StackProfile.Stack(frames, 1));
        }
        FlameGraphModel.Graph g = FlameGraphModel.layout(new StackProfile(stacks).tree(), List.of(), 1600);
        assertThat(g.frames().size()).isLessThanOrEqualTo(FlameGraphModel.MAX_FRAMES);
        assertThat(g.frames().size()).isGreaterThan(FlameGraphModel.MAX_FRAMES / 4); // still shows much of it
    }
}
