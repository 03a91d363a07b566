package dev.schedlab.scenarios.lang;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Method values ({@code f := c.Inc}) bind the receiver when evaluated: the address for a pointer
 * method on an addressable value, a copy for a value method; they work with go, defer, slices of
 * funcs and library methods (wg.Done, sb.WriteString, d.String). Expected output is what Go 1.23
 * printed for the same program; the diagnostic is go vet's.
 */
class MethodValueTest {
    @Test void methodValuesBindTheirReceiverWhenEvaluated() {
        assertThat(Simulated.output("""
                package main

                import (
                	"fmt"
                	"strings"
                	"sync"
                	"time"
                )

                type Counter struct{ n int }

                func (c *Counter) Inc()          { c.n++ }
                func (c Counter) Get() int       { return c.n }
                func (c *Counter) Add(d int) int { c.n += d; return c.n }

                type Temp float64

                func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

                func apply(f func(int) int, v int) int { return f(v) }

                func main() {
                	var c Counter
                	inc := c.Inc
                	get := c.Get // a copy of c, taken now
                	inc()
                	inc()
                	n := c.n
                	fmt.Println(n, get(), c.Get(), apply(c.Add, 10))
                	p := &c
                	pget := p.Get
                	c.n = 100
                	fmt.Println(pget(), p.Get())

                	var wg sync.WaitGroup
                	done := wg.Done
                	for i := 0; i < 3; i++ {
                		wg.Add(1)
                		go func() {
                			defer done()
                			p.Inc()
                		}()
                	}
                	wg.Wait()
                	fmt.Println(c.n)

                	wg.Add(1)
                	go p.Inc()
                	g := p.Inc
                	go func() { g(); wg.Done() }()
                	wg.Wait()
                	time.Sleep(time.Millisecond)
                	fmt.Println(c.n)

                	var sb strings.Builder
                	write := sb.WriteString
                	write("hello ")
                	write("world")
                	fmt.Println(sb.String())
                	d := 1500 * time.Millisecond
                	str := d.String
                	ms := d.Milliseconds
                	fmt.Println(str(), ms(), Temp(21.5).String())
                	ts := Temp(3).String
                	fmt.Println(ts())
                	fs := []func() int{c.Get, p.Get}
                	defer fmt.Println("deferred", fs[0](), fs[1]())
                	defer p.Inc()
                	var mu sync.Mutex
                	lock, unlock := mu.Lock, mu.Unlock
                	lock()
                	unlock()
                	fmt.Println("ok")
                }
                """)).isEqualTo(
                "2 0 2 12\n" +
                "12 100\n" +
                "103\n" +
                "105\n" +
                "hello world\n" +
                "1.5s 1500 21.5°C\n" +
                "3.0°C\n" +
                "ok\n" +
                "deferred 105 105\n");
    }

    @Test void aPointerMethodValueNeedsAnAddressableReceiver() {
        assertThat(DiagnosticsTest.first("package main\n\ntype Counter struct{ n int }\n\nfunc (c *Counter) Inc() { c.n++ }\n\n"
                + "func main() {\n\tf := Counter{}.Inc\n\tf()\n}\n"))
                .isEqualTo("main.go:8:17: cannot call pointer method Inc on Counter");
        assertThat(DiagnosticsTest.first("package main\n\ntype Counter struct{ n int }\n\nfunc (c *Counter) Inc() { c.n++ }\n\n"
                + "func main() {\n\tCounter{}.Inc()\n}\n"))
                .isEqualTo("main.go:8:12: cannot call pointer method Inc on Counter");
    }
}
