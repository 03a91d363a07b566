package dev.schedlab.scenarios.lang;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * fmt's %T names the operand's static type as Go's reflect spells it (named types with their
 * package, pointers, channels with direction, maps, func signatures, struct literals), decided
 * when compiling. Expected output is what Go 1.23 printed for the same program.
 */
class FmtStaticTypeTest {
    @Test void percentTNamesTheStaticTypeAsReflectSpellsIt() {
        assertThat(Simulated.output("""
                package main

                import (
                	"fmt"
                	"sync"
                	"time"
                )

                type Counter struct{ n int }

                type Celsius float64

                func main() {
                	var u32 uint32 = 7
                	d := 3 * time.Millisecond
                	c := &Counter{}
                	var mu sync.Mutex
                	ch := make(chan int, 1)
                	var recv <-chan int = ch
                	m := map[string][]int{}
                	f := func(a int, b ...string) (int, error) { return a, nil }
                	fmt.Printf("%T %T %T %T %T\\n", u32, d, c, *c, Celsius(1.5))
                	fmt.Printf("%T|%T|%T|%T|%T\\n", &mu, ch, recv, m, f)
                	fmt.Printf("%T %T %T %T %T\\n", 1, 'x', 2.5, "s", true)
                	fmt.Printf("%T %T %T\\n", [3]byte{}, struct{}{}, struct {
                		a int
                		b string
                	}{})
                	fmt.Printf("%10T|%-8T|\\n", u32, int8(1))
                	var tm *time.Timer
                	var wg sync.WaitGroup
                	fmt.Printf("%T %T %T\\n", tm, &wg, []error{nil})
                	fmt.Println(fmt.Sprintf("%T", d) == "time.Duration", u32, d)
                }
                """)).isEqualTo(
                "uint32 time.Duration *main.Counter main.Counter main.Celsius\n" +
                "*sync.Mutex|chan int|<-chan int|map[string][]int|func(int, ...string) (int, error)\n" +
                "int int32 float64 string bool\n" +
                "[3]uint8 struct {} struct { a int; b string }\n" +
                "    uint32|int8    |\n" +
                "*time.Timer *sync.WaitGroup []error\n" +
                "true 7 3ms\n");
    }
}
