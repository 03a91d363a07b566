package dev.schedlab.model.inspect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bundled layout table answers with the offsets abi-key-offsets.md lists for Go 1.23.5 amd64. */
class AbiLayoutsTest {
    private final AbiLayouts abi = AbiLayouts.go123();

    @Test void gFieldsAreWhereTheDwarfPutsThem() {
        assertThat(abi.struct("runtime.g").size()).isEqualTo(432);
        assertThat(abi.offset("runtime.g", "stack.lo")).isZero();
        assertThat(abi.offset("runtime.g", "stack.hi")).isEqualTo(8);
        assertThat(abi.offset("runtime.g", "stackguard0")).isEqualTo(16);
        assertThat(abi.offset("runtime.g", "m")).isEqualTo(48);
        assertThat(abi.offset("runtime.g", "sched.sp")).isEqualTo(56);
        assertThat(abi.offset("runtime.g", "sched.pc")).isEqualTo(64);
        assertThat(abi.offset("runtime.g", "sched.bp")).isEqualTo(104);
        assertThat(abi.offset("runtime.g", "atomicstatus")).isEqualTo(152);
        assertThat(abi.offset("runtime.g", "goid")).isEqualTo(160);
    }

    @Test void mAndPFieldsToo() {
        assertThat(abi.offset("runtime.m", "curg")).isEqualTo(192);
        assertThat(abi.offset("runtime.m", "morebuf.pc")).isEqualTo(16);
        assertThat(abi.offset("runtime.p", "runnext")).isEqualTo(2448);
        assertThat(abi.resolve("runtime.p", "runq").size()).isEqualTo(2048);
    }

    @Test void anUnknownFieldIsABug() {
        assertThatThrownBy(() -> abi.offset("runtime.g", "status")).hasMessageContaining("runtime.g has no field status");
    }
}
