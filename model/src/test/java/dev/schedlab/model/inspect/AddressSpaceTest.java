package dev.schedlab.model.inspect;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Simulated addresses never overlap: g structs, stacks of any size, g0s and their stacks. Seeded random goids. */
class AddressSpaceTest {
    @ParameterizedTest @ValueSource(longs = {1, 2, 3, 4, 5})
    void stacksAndStructsOfDifferentGoroutinesAreDisjoint(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 1000; i++) {
            long a = 1 + r.nextLong(5_000_000);
            long b = a + 1 + r.nextLong(1000);
            int sizeA = 2048 << r.nextInt(15); // up to 32 MiB: doubled, the lab's 64 MB limit
            int sizeB = 2048 << r.nextInt(16);
            long loA = AddressSpace.stackLo(a, sizeA);
            long loB = AddressSpace.stackLo(b, sizeB);
            assertThat(loA + sizeA <= loB || loB + sizeB <= loA).as("g%d/%d and g%d/%d", a, sizeA, b, sizeB).isTrue();
            assertThat(AddressSpace.g(b) - AddressSpace.g(a)).isGreaterThanOrEqualTo(432);
            // a g struct never lies inside a stack
            assertThat(AddressSpace.g(a)).isLessThan(AddressSpace.stackLo(1, 2048));
            // a grown stack is a new copy, not the old one
            assertThat(AddressSpace.stackLo(a, sizeA * 2)).isNotEqualTo(loA);
        }
    }

    @ParameterizedTest @ValueSource(ints = {0, 1, 7, 200})
    void g0StacksAreSixteenKiBExceptM0s(int m) {
        long size = AddressSpace.g0StackHi(m) - AddressSpace.g0StackLo(m);
        assertThat(size).isEqualTo(m == 0 ? 64 * 1024 : 16 * 1024);
        assertThat(AddressSpace.g0(m)).isNotEqualTo(AddressSpace.g(m + 1));
    }
}
