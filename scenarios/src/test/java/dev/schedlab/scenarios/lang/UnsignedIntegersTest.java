package dev.schedlab.scenarios.lang;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * uint64, uint and uintptr hold 64 unsigned bits in the VM's longs: division, remainder, right
 * shift, comparisons, min/max, conversion to float64 and printing follow Go's unsigned rules, and
 * constants are exact beyond 64 bits (1<<63 + 5, math.MaxUint64, 1<<100 >> 90). Expected output
 * is what Go 1.23 printed for the same program; the diagnostics are go vet's.
 */
class UnsignedIntegersTest {
    @Test void uint64ValuesAbove2To63FollowGosUnsignedArithmeticAndPrinting() {
        assertThat(ExecutionTest.runFile("""
                package main

                import (
                	"fmt"
                	"math"
                	"strconv"
                )

                const big = 1<<63 + 5

                type ID uint64

                func main() {
                	var x uint64 = big
                	y := uint64(18446744073709551615)
                	var m uint64 = math.MaxUint64
                	fmt.Println(x, y, m == y, x/3, x%7, x>>1, y>>60, x > 1, x < 1<<62)
                	fmt.Printf("%d %v %x %X %o %b|%25d|\\n", x, y, y, x, uint64(1<<63), uint64(1<<63+1), x)
                	fmt.Println(float64(y), float64(x), uint64(float64(1<<63)), strconv.FormatUint(y, 16), strconv.FormatInt(-255, 2))
                	var u uint = 1 << 63
                	var z uint64 = 10
                	u += 3
                	z -= 11
                	fmt.Println(u, u/2, z, z > uint64(u), min(x, y, z), max(x, 1), ID(y))
                	fmt.Printf("%T %T %T\\n", u, ID(3), x)
                	s := fmt.Sprint(y, "", x)
                	fmt.Println(s, int64(x), uint32(y), -x)
                	const huge = 1 << 100
                	fmt.Println(huge>>90, huge/(1<<98), uint8(huge>>97))
                	var w uint64 = math.MaxUint64 / 10
                	fmt.Println(w, w*10+5, ^uint64(0), ^uint32(5))
                	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.MaxInt8)
                }
                """)).isEqualTo(
                "9223372036854775813 18446744073709551615 true 3074457345618258604 6 4611686018427387906 15 true false\n" +
                "9223372036854775813 18446744073709551615 ffffffffffffffff 8000000000000005 1000000000000000000000 1000000000000000000000000000000000000000000000000000000000000001|      9223372036854775813|\n" +
                "1.8446744073709552e+19 9.223372036854776e+18 9223372036854775808 ffffffffffffffff -11111111\n" +
                "9223372036854775811 4611686018427387905 18446744073709551615 true 9223372036854775813 9223372036854775813 18446744073709551615\n" +
                "uint main.ID uint64\n" +
                "184467440737095516159223372036854775813 -9223372036854775803 4294967295 9223372036854775803\n" +
                "1024 4 8\n" +
                "1844674407370955161 18446744073709551615 18446744073709551615 4294967290\n" +
                "9223372036854775807 -9223372036854775808 4294967295 127\n");
    }

    @Test void printlnErrorfAndFlagsPrintUint64sUnsigned() {
        assertThat(Simulated.output("""
                package main

                import "fmt"

                func main() {
                	var u uint64 = 1<<64 - 2
                	println(u, uint(1<<63))
                	err := fmt.Errorf("big %d %x", u, u)
                	fmt.Println(err)
                	fmt.Println(fmt.Sprintf("%08b|%+d|%v", uint64(5), uint64(7), []uint64{1}))
                }
                """)).isEqualTo(
                "18446744073709551614 9223372036854775808\n" +
                "big 18446744073709551614 fffffffffffffffe\n" +
                "00000101|+7|[1]\n");
    }


    @Test void slicesArraysMapsAndStructsOfUint64sPrintUnsigned() {
        assertThat(ExecutionTest.runFile("""
                package main

                import "fmt"

                type Stats struct {
                	Hits, Misses uint64
                }

                func main() {
                	big := uint64(1<<63 + 1)
                	xs := []uint64{1, big, 1<<64 - 1}
                	arr := [2]uint{uint(big), 3}
                	m := map[uint64]string{big: "big", 1: "one"}
                	st := Stats{big, 2}
                	fmt.Println(xs, arr, m, st, &st)
                	fmt.Printf("%v %d %v %v\\n", xs, arr, st, map[string]uint64{"a": big})
                	mixed := struct {
                		A int64
                		B uint64
                	}{-1, big}
                	fmt.Println(mixed.B, len(xs))
                }
                """)).isEqualTo(
                "[1 9223372036854775809 18446744073709551615] [9223372036854775809 3] map[1:one 9223372036854775809:big] {9223372036854775809 2} &{9223372036854775809 2}\n" +
                "[1 9223372036854775809 18446744073709551615] [9223372036854775809 3] {9223372036854775809 2} map[a:9223372036854775809]\n" +
                "9223372036854775809 3\n");
    }


    @Test void constantsThatDoNotFitTheirTypeAreReportedAsGoDoes() {
        assertThat(DiagnosticsTest.first("package main\n\nfunc main() {\n\tvar b int64 = 9223372036854775808\n\t_ = b\n}\n"))
                .isEqualTo("main.go:4:16: cannot use 9223372036854775808 (untyped int constant) as int64 value in variable declaration (overflows)");
        assertThat(DiagnosticsTest.first("package main\n\nfunc main() {\n\tc := uint64(-1)\n\t_ = c\n}\n"))
                .isEqualTo("main.go:4:14: cannot convert -1 (untyped int constant -1) to type uint64 (overflows)");
        assertThat(DiagnosticsTest.first("package main\n\nconst e = 1 << 600\n\nfunc main() {}\n"))
                .isEqualTo("main.go:3:11: constant shift overflow");
        assertThat(DiagnosticsTest.first("package main\n\nfunc main() {\n\tvar b [1 << 70]int\n\t_ = b\n}\n"))
                .isEqualTo("main.go:4:9: invalid array length 1 << 70 (untyped int constant 1180591620717411303424)");
    }
}
