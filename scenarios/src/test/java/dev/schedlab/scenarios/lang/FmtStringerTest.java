package dev.schedlab.scenarios.lang;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * fmt formats operands with a String method through it for %v, %s, %q and Print/Println, and
 * not for %d or when the method needs a pointer the operand is not. Expected output is what Go
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
}
