package dev.schedlab.scenarios.lang;

import dev.schedlab.model.Simulation;
import dev.schedlab.model.config.Settings;
import dev.schedlab.model.trace.EventSink;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Compiler.compile(..., constOverrides): how a scenario's knobs change a program before it is compiled. */
class ConstOverridesTest {
    private static final String PROGRAM = """
            package main

            import "fmt"

            const workers = 4
            const (
            	small int8 = 1
            	label      = "w"
            	a          = iota
            	b
            )

            var counter = 1

            func main() { fmt.Println(label, workers, small, a, b, counter) }
            """;

    private static String output(Compilation c) {
        assertThat(c.diagnostics()).isEmpty();
        StringBuilder out = new StringBuilder();
        new Simulation(c.program(), Settings.of(1), EventSink.NONE, (fd, text) -> out.append(text)).run();
        return out.toString();
    }

    private static String problem(Map<String, Long> overrides) {
        Compilation c = Compiler.compileSource("main.go", PROGRAM, overrides);
        assertThat(c.ok()).isFalse();
        assertThat(c.diagnostics()).hasSize(1);
        return c.diagnostics().get(0).toString();
    }

    @Test void anOverrideChangesTheProgramsOutput() {
        assertThat(output(Compiler.compileSource("main.go", PROGRAM, Map.of()))).isEqualTo("w 4 1 2 3 1\n");
        assertThat(output(Compiler.compileSource("main.go", PROGRAM, Map.of("workers", 9L, "small", -3L)))).isEqualTo("w 9 -3 2 3 1\n");
    }

    @Test void anUnknownNameListsTheConstants() {
        assertThat(problem(Map.of("threads", 2L)))
                .isEqualTo("main.go:1:9: --set threads: there is no package-level constant threads in main.go "
                        + "(its constants: workers, small, label, a, b)");
    }

    @Test void aVariableIsNotAConstant() {
        assertThat(problem(Map.of("counter", 2L)))
                .isEqualTo("main.go:13:5: --set counter: counter is a variable, not a constant; --set changes package-level constants only");
    }

    @Test void onlyIntegerConstantsCanBeSet() {
        assertThat(problem(Map.of("label", 2L))).isEqualTo("main.go:8:2: --set label: label is a string constant; --set gives integer values only");
    }

    @Test void constantsThatShareAnExpressionCannotBeSet() {
        assertThat(problem(Map.of("b", 2L))).contains("--set b: b has no value of its own");
        assertThat(problem(Map.of("a", 2L))).contains("--set a: the constants after a repeat its expression");
    }

    @Test void aTypedConstantStillOverflowsAsInGo() {
        assertThat(problem(Map.of("small", 300L))).startsWith("main.go:7:15: ").contains("300").contains("int8");
    }

    @Test void packageConstantsGivesValuesAndPositions() {
        assertThat(Compiler.packageConstants("main.go", PROGRAM))
                .containsEntry("workers", new PackageConstant("workers", 5, 7, 4L))
                .containsEntry("label", new PackageConstant("label", 8, 2, "w"))
                .containsKeys("small", "a", "b").doesNotContainKey("counter");
        assertThat(Compiler.packageConstants("main.go", "package main\nfunc {")).isEmpty();
    }
}
