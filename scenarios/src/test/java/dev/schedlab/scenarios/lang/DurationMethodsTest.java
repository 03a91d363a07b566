package dev.schedlab.scenarios.lang;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * time.Duration's Round, Truncate, Abs, Hours, Minutes and Seconds follow Go's time package to
 * the last bit: halfway values round away from zero, overflow saturates, MinInt64's Abs is
 * MaxInt64 and its String is exact. Expected output is what Go 1.23 printed for the same program.
 */
class DurationMethodsTest {
    @Test void roundTruncateAbsAndUnitConversionsMatchGo() {
        assertThat(Simulated.output("""
                package main

                import (
                	"fmt"
                	"math"
                	"time"
                )

                func main() {
                	d := 1234567891 * time.Nanosecond
                	for _, m := range []time.Duration{0, -1, time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second, time.Minute, time.Hour} {
                		fmt.Println(m, d.Round(m), d.Truncate(m), (-d).Round(m), (-d).Truncate(m))
                	}
                	half := 1500 * time.Millisecond
                	fmt.Println(half.Round(time.Second), (-half).Round(time.Second), (2500 * time.Millisecond).Round(time.Second))
                	maxD := time.Duration(math.MaxInt64)
                	minD := time.Duration(math.MinInt64)
                	fmt.Println(maxD.Round(time.Hour), minD.Round(time.Hour), minD.Abs(), (-d).Abs(), d.Abs())
                	long := 90*time.Minute + 30*time.Second + 7
                	fmt.Println(long.Hours(), long.Minutes(), long.Seconds(), d.Seconds(), maxD.Hours(), minD.Seconds())
                	fmt.Printf("%.10f %v %v\\n", (7 * time.Millisecond).Minutes(), (-3 * time.Second).Hours(), time.Duration(123456789012).Seconds())
                	r := d.Round
                	fmt.Println(r(time.Millisecond), time.Since(time.Now()).Round(time.Hour))
                }
                """)).isEqualTo(
                "0s 1.234567891s 1.234567891s -1.234567891s -1.234567891s\n" +
                "-1ns 1.234567891s 1.234567891s -1.234567891s -1.234567891s\n" +
                "1ns 1.234567891s 1.234567891s -1.234567891s -1.234567891s\n" +
                "1µs 1.234568s 1.234567s -1.234568s -1.234567s\n" +
                "1ms 1.235s 1.234s -1.235s -1.234s\n" +
                "1s 1s 1s -1s -1s\n" +
                "2s 2s 0s -2s 0s\n" +
                "1m0s 0s 0s 0s 0s\n" +
                "1h0m0s 0s 0s 0s 0s\n" +
                "2s -2s 3s\n" +
                "2562047h47m16.854775807s -2562047h47m16.854775808s 2562047h47m16.854775807s 1.234567891s 1.234567891s\n" +
                "1.5083333333352777 90.50000000011667 5430.000000007 1.234567891 2.5620477880152157e+06 -9.223372036854776e+09\n" +
                "0.0001166667 -0.0008333333333333334 123.456789012\n" +
                "1.235s 0s\n");
    }
}
