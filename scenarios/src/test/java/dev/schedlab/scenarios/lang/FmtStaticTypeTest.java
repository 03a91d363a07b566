package dev.schedlab.scenarios.lang;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * fmt's %T names the operand's static type as Go's reflect spells it (named types with their
 * package, pointers, channels with direction, maps, func signatures, struct literals), and %+v
 * names struct fields at any depth (a number gets no sign), both decided when compiling. Expected output is what Go 1.23 printed for the same program.
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

    @Test void percentPlusVNamesTheFieldsOfStructsAtAnyDepth() {
        assertThat(Simulated.output("""
                package main

                import (
                	"fmt"
                	"time"
                )

                type Inner struct {
                	X int
                	y string
                }

                type Outer struct {
                	Name string
                	In   Inner
                	List []Inner
                	M    map[Inner]bool
                }

                type Named struct{ A, B int }

                func (n Named) String() string { return "named" }

                func main() {
                	o := Outer{"o", Inner{1, "a"}, []Inner{{3, "c"}}, map[Inner]bool{{7, "g"}: true}}
                	fmt.Printf("%+v\\n", o)
                	fmt.Printf("%v\\n", o)
                	fmt.Printf("%+v|%+v|%+v|%+v\\n", &Inner{4, "d"}, []Inner{{5, "e"}}, map[string]Inner{"k": {6, "f"}}, Named{1, 2})
                	fmt.Printf("%+v %+d %+v %v\\n", 5, 5, -3, struct{ U, V uint64 }{1 << 63, 2})
                	fmt.Printf("%+v\\n", struct{ U, V uint64 }{1 << 63, 2})
                	fmt.Printf("%+v %v\\n", time.Second, (&Inner{8, "h"}).X)
                }
                """)).isEqualTo(
                "{Name:o In:{X:1 y:a} List:[{X:3 y:c}] M:map[{X:7 y:g}:true]}\n" +
                "{o {1 a} [{3 c}] map[{7 g}:true]}\n" +
                "&{X:4 y:d}|[{X:5 y:e}]|map[k:{X:6 y:f}]|named\n" +
                "5 +5 -3 {9223372036854775808 2}\n" +
                "{U:9223372036854775808 V:2}\n" +
                "1s 8\n");
    }

}
