package dev.schedlab.model.inspect;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annotated runtime listings use Go 1.23's offsets: the operands below are the ones the
 * reference quotes from the machine code of mcall, gogo and every prologue (abi-key-offsets.md).
 */
class RuntimeListingsTest {
    private final RuntimeListings listings = new RuntimeListings(AbiLayouts.go123());

    private String text(String routine) {
        return listings.listing(routine).lines().stream().map(l -> l.text() + " ; " + l.comment())
                .collect(Collectors.joining("\n"));
    }

    @Test void mcallSavesPcSpAndBpAtTheOffsetsOfItsMachineCode() {
        String mcall = text("runtime.mcall");
        assertThat(mcall).contains("MOVQ BX, 0x40(R14)", "MOVQ BX, 0x38(R14)", "MOVQ BX, 0x68(R14)",
                "MOVQ 0x30(R14), BX", "MOVQ 0(BX), SI", "MOVQ SI, R14");
    }

    @Test void gogoReadsTheGobufAtItsOffsets() {
        assertThat(text("runtime.gogo")).contains("MOVQ 0(BX), SP", "MOVQ 0x8(BX), BX", "MOVQ 0x10(BX), DX",
                "MOVQ 0x18(BX), DX", "MOVQ 0x20(BX), AX", "MOVQ 0x30(BX), BP", "MOVQ DX, R14");
    }

    @Test void thePrologueChecksStackguard0AtR14Plus16NotTheStatus() {
        assertThat(text("runtime.morestack")).contains("CMPQ SP, 0x10(R14)");
        assertThat(text("runtime.park_m")).contains("g.atomicstatus (g+152): 2 -> 4");
    }

    static List<String> routines() { return RuntimeListings.ROUTINES; }

    @ParameterizedTest @MethodSource("routines")
    void everyRoutineHasAListingWithItsName(String routine) {
        Listing l = listings.listing(routine);
        assertThat(l.function()).isEqualTo(routine);
        assertThat(l.lines()).isNotEmpty().allSatisfy(line -> assertThat(line.comment()).isNotBlank());
        assertThat(l.marked()).isEqualTo(-1);
    }
}
