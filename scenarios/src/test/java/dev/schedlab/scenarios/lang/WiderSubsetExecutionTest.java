package dev.schedlab.scenarios.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The constructs added for issue 3, run on the VM; expected output is what Go 1.23 prints
 * for the same program (checked with the Go toolchain).
 */
class WiderSubsetExecutionTest {
    private static String run(String src) { return ExecutionTest.runFile(src); }

    @Test
    void methodsWithValueAndPointerReceivers() {
        assertThat(run("""
                package main

                import "fmt"

                type Counter struct{ n int }

                func (c *Counter) Inc()     { c.n++ }
                func (c Counter) Get() int  { return c.n }
                func (c Counter) Bump() int { c.n += 10; return c.n }

                func main() {
                	c := Counter{}
                	c.Inc()
                	c.Inc()
                	p := &c
                	p.Inc()
                	defer p.Inc()
                	go c.Inc()
                	fmt.Println(c.Get(), p.Get(), c.Bump(), c.n)
                }
                """)).isEqualTo("3 3 13 3\n");
    }

    @Test
    void recoverStopsAPanicAndDeferredClosuresSetNamedResults() {
        assertThat(run("""
                package main

                import "fmt"

                func divide(a, b int) (q int, err error) {
                	defer func() {
                		if r := recover(); r != nil {
                			err = fmt.Errorf("recovered: %v", r)
                			q = -1
                		}
                	}()
                	q = a / b
                	return q, nil
                }

                func double() (n int) {
                	defer func() { n *= 2 }()
                	return 21
                }

                func unnamed() int {
                	defer func() { recover() }()
                	panic("boom")
                }

                func main() {
                	fmt.Println(divide(7, 2))
                	fmt.Println(divide(1, 0))
                	fmt.Println(double(), unnamed())
                }
                """)).isEqualTo("3 <nil>\n-1 recovered: runtime error: integer divide by zero\n42 0\n");
    }

    @Test
    void eachCallGetsFreshZeroArrays() {
        assertThat(run("""
                package main

                import "fmt"

                func zeros() [3]int {
                	var a [3]int
                	a[0]++
                	return a
                }

                func main() { fmt.Println(zeros(), zeros()) }
                """)).isEqualTo("[1 0 0] [1 0 0]\n");
    }

    @Test
    void labeledBreakAndContinueAndFallthrough() {
        assertThat(run("""
                package main

                import "fmt"

                func main() {
                outer:
                	for i := 0; i < 3; i++ {
                		for j := 0; j < 3; j++ {
                			if j == 2 {
                				continue outer
                			}
                			if i == 2 {
                				break outer
                			}
                			fmt.Print(i, j, " ")
                		}
                	}
                	fmt.Println()
                	switch x := 1; x {
                	case 1:
                		fmt.Print("one ")
                		fallthrough
                	case 2:
                		fmt.Print("two ")
                	case 3:
                		fmt.Print("three")
                	}
                	fmt.Println()
                }
                """)).isEqualTo("0 0 0 1 1 0 1 1 \none two \n");
    }

    @Test
    void rangeOverStringsYieldsRunesAndOverMapsEveryEntry() {
        assertThat(run("""
                package main

                import (
                	"fmt"
                	"sort"
                )

                func main() {
                	for i, r := range "aé€" {
                		fmt.Print(i, ":", string(r), " ")
                	}
                	fmt.Println()
                	m := map[string]int{"a": 1, "b": 2, "c": 3}
                	var keys []string
                	sum := 0
                	for k, v := range m {
                		keys = append(keys, k)
                		sum += v
                		delete(m, "c")
                	}
                	sort.Strings(keys)
                	fmt.Println(len(keys) >= 2, sum >= 3)
                }
                """)).isEqualTo("0:a 1:é 3:€ \ntrue true\n");
    }

    @Test
    void atomicTypesBuilderStrconvSortAndDurations() {
        assertThat(run("""
                package main

                import (
                	"fmt"
                	"sort"
                	"strconv"
                	"strings"
                	"sync/atomic"
                	"time"
                )

                var flag atomic.Bool

                func main() {
                	flag.Store(true)
                	var cnt atomic.Int64
                	cnt.Add(5)
                	fmt.Println(flag.Load(), cnt.Load(), cnt.CompareAndSwap(5, 7), cnt.Load())
                	var sb strings.Builder
                	sb.WriteString("ab")
                	sb.WriteString("cd")
                	fmt.Println(sb.String(), sb.Len())
                	n, err := strconv.Atoi("42")
                	_, err2 := strconv.Atoi("x")
                	fmt.Println(n, err, err2)
                	xs := []int{3, 1, 2}
                	sort.Ints(xs)
                	fmt.Println(xs, strings.Split("a,b,c", ","), strings.HasPrefix("Threads: 4", "Threads:"), strings.TrimSpace("  x "))
                	d := 1500 * time.Microsecond
                	fmt.Println(d.Microseconds(), d.Milliseconds(), d.String(), (90 * time.Second).String())
                }
                """)).isEqualTo("true 5 true 7\nabcd 4\n42 <nil> strconv.Atoi: parsing \"x\": invalid syntax\n[1 2 3] [a b c] true x\n1500 1 1.5ms 1m30s\n");
    }

    @Test
    void runtimeQueriesAtomicInt32BuilderStringsAndTimeMethods() {
        assertThat(run("""
                package main

                import (
                	"fmt"
                	"runtime"
                	"strings"
                	"sync/atomic"
                	"syscall"
                	"time"
                	_ "unsafe"
                )

                //go:linkname goyield runtime.goyield
                func goyield()

                func main() {
                	done := make(chan bool)
                	go func() { done <- true }()
                	fmt.Println(runtime.NumGoroutine())
                	<-done
                	goyield()
                	runtime.GC()
                	runtime.LockOSThread()
                	runtime.UnlockOSThread()
                	fmt.Println(runtime.NumGoroutine(), runtime.NumCPU() > 0, syscall.Getpid() > 0)
                	var i atomic.Int32
                	i.Store(2147483647)
                	fmt.Println(i.Add(1), i.Swap(3), i.Load())
                	var sb strings.Builder
                	sb.WriteByte('h')
                	sb.WriteString("i")
                	s := sb.String()
                	sb.Reset()
                	fmt.Println(s, sb.Len(), strings.Fields(" a  b "), strings.HasSuffix("ab", "b"), strings.Index("héllo", "l"))
                	t0 := time.Now()
                	t1 := t0.Add(2 * time.Second)
                	fmt.Println(t1.Sub(t0).Seconds(), t0.Before(t1), t0.After(t1))
                }
                """)).isEqualTo("2\n1 true true\n-2147483648 -2147483648 3\nhi 0 [a b] true 3\n2 true false\n");
    }

    @Test
    void panicsUnwindThroughEveryFrameRunningItsDefersAndALaterPanicReplacesAnEarlierOne() {
        assertThat(run("""
                package main

                import "fmt"

                func inner() {
                	defer fmt.Println("inner deferred")
                	var xs []int
                	_ = xs[3]
                }

                func middle() (s string) {
                	defer func() {
                		if r := recover(); r != nil {
                			s = fmt.Sprint("middle recovered: ", r)
                		}
                	}()
                	defer fmt.Println("middle deferred first")
                	inner()
                	return "not reached"
                }

                func again() {
                	defer func() {
                		r := recover()
                		fmt.Println("outer recovered:", r, recover())
                	}()
                	defer func() {
                		panic("second")
                	}()
                	panic("first")
                }

                func main() {
                	fmt.Println(middle())
                	again()
                	fmt.Println(recover())
                }
                """)).isEqualTo("inner deferred\nmiddle deferred first\nmiddle recovered: runtime error: index out of range [3] with length 0\n"
                + "outer recovered: second <nil>\n<nil>\n");
    }

    @Test
    void anUnrecoveredPanicStillRunsTheDefersThenLeavesTheGoroutine() {
        Compilation c = Compiler.compileSource("main.go", """
                package main

                import "fmt"

                func f() {
                	defer fmt.Println("deferred in f")
                	panic("boom")
                }

                func main() {
                	defer fmt.Println("deferred in main")
                	f()
                }
                """);
        assertThat(c.diagnostics()).isEmpty();
        assertThat(TestHost.run(c.program())).isEqualTo("deferred in f\ndeferred in main\npanic: boom\n");
    }
}
