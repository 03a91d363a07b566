package dev.schedlab.scenarios.lang;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * fmt formats operands with a String method through it for %v, %s, %q and Print/Println, and
 * not for %d or when the method needs a pointer the operand is not; library String methods
 * (time.Duration's, syscall.Signal's) also for elements, keys and exported fields inside an operand. Expected output is what Go
 * 1.23 printed for the same program.
 */
class FmtStringerTest {
    @Test void durationsAndTheProgramsTypesPrintThroughTheirStringMethods() {
        assertThat(ExecutionTest.runFile("""
                package main

                import (
                	"fmt"
                	"time"
                )

                type State int

                func (s State) String() string { return [...]string{"idle", "busy"}[s] }

                type P struct{ id int }

                func (p *P) String() string { return fmt.Sprintf("P%d", p.id) }

                func main() {
                	d := 1500 * time.Millisecond
                	fmt.Println(d, State(1), &P{3}, P{4})
                	fmt.Printf("%v %d %s %q|%5v|\\n", d, d, State(0), State(1), State(1))
                	fmt.Print(fmt.Sprint(d, " ", 20*time.Microsecond), "\\n")
                	fmt.Printf("%s and %v\\n", time.Duration(0), 90*time.Second)
                }
                """)).isEqualTo("1.5s busy P3 {4}\n1.5s 1500000000 idle \"busy\"| busy|\n1.5s 20µs\n0s and 1m30s\n");
    }

    @Test void durationsInsideSlicesMapsAndExportedFieldsPrintThroughString() {
        assertThat(Simulated.output("""
                package main

                import (
                	"fmt"
                	"os"
                	"syscall"
                	"time"
                )

                type Sample struct {
                	Name    string
                	Latency time.Duration
                	wait    time.Duration
                }

                func main() {
                	lat := []time.Duration{time.Millisecond, 1500 * time.Microsecond, 2 * time.Second}
                	fmt.Println(lat, len(lat))
                	fmt.Printf("%v|%d|%+v\\n", lat, lat, [2]time.Duration{time.Nanosecond, time.Minute})
                	s := Sample{"a", 3 * time.Millisecond, 4 * time.Millisecond}
                	fmt.Println(s, &s)
                	fmt.Printf("%+v %v\\n", s, map[string]time.Duration{"x": time.Hour})
                	fmt.Println([]os.Signal{os.Interrupt, syscall.SIGTERM}, map[time.Duration]int{time.Second: 1})
                	fmt.Print(lat, "\\n")
                	fmt.Println(fmt.Sprint([]Sample{s}))
                }
                """)).isEqualTo(
                "[1ms 1.5ms 2s] 3\n" +
                "[1ms 1.5ms 2s]|[1000000 1500000 2000000000]|[1ns 1m0s]\n" +
                "{a 3ms 4000000} &{a 3ms 4000000}\n" +
                "{Name:a Latency:3ms wait:4000000} map[x:1h0m0s]\n" +
                "[interrupt terminated] map[1s:1]\n" +
                "[1ms 1.5ms 2s]\n" +
                "[{a 3ms 4000000}]\n");
    }

}
