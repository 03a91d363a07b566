package dev.schedlab.scenarios.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Runs compiled programs on the VM (with {@link TestHost}) and compares their output with
 * what real Go prints for the same program (worked out from the Go specification).
 */
class ExecutionTest {
    private static String run(String body) { return runFile("package main\n\nimport \"fmt\"\n\n" + body); }

    static String runFile(String src) {
        Compilation c = Compiler.compileSource("main.go", src);
        assertThat(c.diagnostics()).as("diagnostics").isEmpty();
        return TestHost.run(c.program());
    }

    @Test
    void integerArithmeticWrapsSizedTypes() {
        assertThat(run("""
                func main() {
                	var x int32 = 2147483647
                	x++
                	var y int32 = 1 << 30
                	y *= 4
                	var u uint8 = 250
                	u += 10
                	fmt.Println(x, y, u, 7/2, -7/2, 7%3, -7%3, 1<<10, int8(200+100))
                }
                """.replace("int8(200+100)", "int8(x)"))).isEqualTo("-2147483648 0 4 3 -3 1 -1 1024 0\n");
    }

    @Test
    void closuresShareCapturedVariables() {
        assertThat(run("""
                func main() {
                	x := 0
                	inc := func() { x++ }
                	inc()
                	inc()
                	next := func() func() int {
                		c := 0
                		return func() int { c++; return c }
                	}()
                	fmt.Println(x, next(), next(), next())
                }
                """)).isEqualTo("2 1 2 3\n");
    }

    @Test
    void eachLoopIterationHasItsOwnVariable() {
        assertThat(run("""
                func main() {
                	var fs []func() int
                	for i := 0; i < 3; i++ {
                		fs = append(fs, func() int { return i })
                	}
                	for i := 0; i < 5; i++ {
                		fs = append(fs, func() int { return i })
                		i++
                	}
                	for _, f := range fs {
                		fmt.Print(f(), " ")
                	}
                	fmt.Println()
                }
                """)).isEqualTo("0 1 2 1 3 5 \n");
    }

    @Test
    void defersRunLastInFirstOutWithArgumentsEvaluatedAtTheDefer() {
        assertThat(run("""
                func f() {
                	x := 1
                	defer func() { fmt.Println("closure sees", x) }()
                	defer fmt.Println("argument was", x)
                	for i := 0; i < 3; i++ {
                		defer fmt.Print(i, " ")
                	}
                	x = 2
                	fmt.Print("body ")
                }

                func main() {
                	f()
                	fmt.Println("after")
                }
                """)).isEqualTo("body 2 1 0 argument was 1\nclosure sees 2\nafter\n");
    }

    @Test
    void slicesShareArraysAndArraysAreValues() {
        assertThat(run("""
                func main() {
                	var a [5]int
                	for i := range 5 {
                		a[i] = i * i
                	}
                	s := a[1:4]
                	s = append(s, 100)
                	fmt.Println(a, s, len(s), cap(s))
                	t := []int{3, 1, 4, 2}
                	t = append(t, 5, 6)
                	u := append([]int{}, t[4:]...)
                	fmt.Println(t, len(t), u)
                	b := a
                	b[0] = 42
                	fmt.Println(a[0], b[0])
                }
                """)).isEqualTo("[0 1 4 9 100] [1 4 9 100] 4 4\n[3 1 4 2 5 6] 6 [5 6]\n0 42\n");
    }

    @Test
    void fmtFormatsLikeGo() {
        assertThat(run("""
                func main() {
                	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, true))
                	fmt.Println(fmt.Sprintf("%d|%5d|%-5d|%05d|%s|%q|%t|%x|%X|%%|%v", 42, 42, 42, 42, "hi", "hi", true, 255, 255, []string{"A", "B"}))
                	fmt.Println(struct {
                		a int
                		b string
                	}{1, "x"}, 1e6, 3.5, 100000.0, struct{}{})
                	fmt.Println(fmt.Sprintf("%v %d", 1))
                	fmt.Printf("%s=%v\\n", "k", nil)
                }
                """)).isEqualTo("a1 2bc3.5 true\n42|   42|42   |00042|hi|\"hi\"|true|ff|FF|%|[A B]\n{1 x} 1e+06 3.5 100000 {}\n1 %!d(MISSING)\nk=<nil>\n");
    }

    @Test
    void stringsAndStrconv() {
        assertThat(runFile("""
                package main

                import (
                	"fmt"
                	"strconv"
                	"strings"
                )

                func main() {
                	fmt.Println(strings.Join([]string{"a", "b", "c"}, "-"), strconv.Itoa(-45)+"!", len("héllo"))
                }
                """)).isEqualTo("a-b-c -45! 6\n");
    }

    @Test
    void multipleAssignmentAndResults() {
        assertThat(run("""
                func divmod(a, b int) (int, int) { return a / b, a % b }

                func named() (x, y int) {
                	x = 1
                	y = 2
                	return
                }

                func main() {
                	a, b := 1, 2
                	a, b = b, a
                	q, r := divmod(17, 5)
                	x, y := named()
                	fmt.Println(a, b, q, r, x, y)
                }
                """)).isEqualTo("2 1 3 2 1 2\n");
    }

    @Test
    void rangeForms() {
        assertThat(run("""
                func main() {
                	for i := range 3 {
                		fmt.Print(i)
                	}
                	for i, s := range []string{"x", "y"} {
                		fmt.Print(" ", i, s)
                	}
                	arr := [3]int{7, 8, 9}
                	for _, v := range arr {
                		fmt.Print(" ", v)
                	}
                	ch := make(chan int, 3)
                	ch <- 1
                	ch <- 2
                	ch <- 3
                	close(ch)
                	for v := range ch {
                		if v == 2 {
                			continue
                		}
                		fmt.Print(" c", v)
                	}
                	v, ok := <-ch
                	fmt.Println(" |", v, ok)
                }
                """)).isEqualTo("012 0x 1y 7 8 9 c1 c3 | 0 false\n");
    }

    @Test
    void switchBreakAndMaps() {
        assertThat(run("""
                func main() {
                	for i := range 4 {
                		switch i {
                		case 0:
                			fmt.Print("zero ")
                		case 1, 2:
                			fmt.Print("small ")
                		default:
                			fmt.Print("big ")
                		}
                	}
                	m := map[string]int{"a": 1}
                	m["b"] = 2
                	v, ok := m["c"]
                	fmt.Println(len(m), m["a"], v, ok, m)
                	n := 0
                	for {
                		n++
                		if n > 10 {
                			break
                		}
                	}
                	fmt.Println(n)
                }
                """)).isEqualTo("zero small small big 2 1 0 false map[a:1 b:2]\n11\n");
    }

    @Test
    void selectDispatchesOnTheChosenCase() {
        assertThat(run("""
                func main() {
                	ch := make(chan int, 1)
                	done := make(chan bool)
                	for i := range 3 {
                		select {
                		case ch <- i:
                			fmt.Print("sent", i, " ")
                		case v, ok := <-ch:
                			fmt.Print("got", v, ok, " ")
                		}
                	}
                	select {
                	case <-done:
                		fmt.Println("impossible")
                	default:
                		fmt.Println("default")
                	}
                }
                """)).isEqualTo("sent0 got0 true sent2 default\n");
    }

    @Test
    void namedStructTypesPointersAndVariadics() {
        assertThat(run("""
                type Pair struct {
                	a, b int
                }

                func swap(p *Pair) { p.a, p.b = p.b, p.a }

                func sum(xs ...int) int {
                	t := 0
                	for _, x := range xs {
                		t += x
                	}
                	return t
                }

                func main() {
                	p := Pair{1, 2}
                	swap(&p)
                	q := &Pair{b: 7}
                	q.a = 5
                	n := new(int)
                	*n = 3
                	*n += 1
                	fmt.Println(p, p.a, *q, *n, sum(), sum(1, 2, 3), sum([]int{4, 5}...))
                }
                """)).isEqualTo("{2 1} 2 {5 7} 4 0 6 9\n");
    }

    @Test
    void packageLevelVariablesConstantsAndIota() {
        assertThat(run("""
                const (
                	A = iota * 10
                	B
                	C
                )

                var (
                	buf   [4]string
                	total = A + B + C
                )

                func main() {
                	buf[1] = "x"
                	fmt.Println(total, len(buf), buf[:2])
                }
                """)).isEqualTo("30 4 [ x]\n");
    }

    @Test
    void goroutinesChannelsAndWaitGroupsRunToCompletion() {
        String out = TestHost.run(Compiler.compile(SharedFiles.program("conformance/spawn10_block")).program());
        assertThat(out.trim().split(" ")).containsExactlyInAnyOrder("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        out = TestHost.run(Compiler.compile(SharedFiles.program("conformance/unbuf_pingpong")).program());
        assertThat(out).contains("A>0", "B<0", "A<0", "A<30").endsWith("\n");
        out = TestHost.run(Compiler.compile(SharedFiles.program("conformance/sleep_order")).program());
        assertThat(out).endsWith("w1 w2 w3 w4\n");
        out = TestHost.run(Compiler.compile(SharedFiles.program("conformance/gosched_rr")).program());
        assertThat(out.trim().split(" ")).hasSize(9).contains("A0", "B2", "C1");
    }
}
