package dev.schedlab.scenarios.lang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schedlab.model.vm.Function;
import dev.schedlab.model.vm.Instr;
import dev.schedlab.model.vm.Program;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The conformance and bench programs this front end must accept exactly as written. */
class ReferenceProgramsTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "conformance/spawn10_block", "conformance/gosched_rr", "conformance/unbuf_pingpong",
        "conformance/chan_close_broadcast", "conformance/waitgroup_multi_waiters", "conformance/sleep_order",
        "bench/pingpong", "bench/spawn1m"})
    void compilesWithoutDiagnostics(String name) {
        Compilation c = Compiler.compile(SharedFiles.program(name));
        assertThat(c.diagnostics()).isEmpty();
        Program p = c.program();
        assertThat(p.main().name()).isEqualTo("main.main");
        assertThat(p.imports()).contains("fmt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"conformance/gosched_rr", "bench/spawn1m"})
    void everyInstructionCarriesItsSourcePosition(String name) {
        Program p = Compiler.compile(SharedFiles.program(name)).program();
        for (Function f : p.functions()) {
            for (Instr in : f.code()) assertThat(in.line()).as("%s %s", f, in).isPositive();
        }
    }

    @Test
    void functionsAreNamedAsGoNamesThem() {
        Program p = Compiler.compile(SharedFiles.program("conformance/gosched_rr")).program();
        assertThat(p.functions()).extracting(Function::name)
                .contains("main.rec", "main.main", "main.main.func1", "main.main.func1.deferwrap1", "main.init");
        assertThat(p.imports()).containsExactlyInAnyOrder("fmt", "runtime", "strings", "sync", "sync/atomic");
        assertThat(p.globalNames()).containsExactly("buf", "n");
    }
}
