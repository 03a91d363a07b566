package dev.schedlab.scenarios.lang;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * os/signal: Notify starts the os/signal.loop goroutine (counted by NumGoroutine) once, Stop
 * forgets the channel, signals never arrive in the lab, and syscall.Signal values print their
 * names. Expected output is what Go 1.23 printed for the same program (no signal was sent).
 */
class SignalPackageTest {
    @Test void notifyStartsTheSignalLoopAndSignalsPrintTheirNames() {
        assertThat(Simulated.output("""
                package main

                import (
                	"fmt"
                	"os"
                	"os/signal"
                	"runtime"
                	"syscall"
                	"time"
                )

                func main() {
                	fmt.Println("before", runtime.NumGoroutine())
                	c := make(chan os.Signal, 1)
                	signal.Notify(c, os.Interrupt, syscall.SIGTERM)
                	signal.Notify(c)
                	time.Sleep(10 * time.Millisecond)
                	fmt.Println("after", runtime.NumGoroutine())
                	signal.Stop(c)
                	select {
                	case s := <-c:
                		fmt.Println("got", s)
                	case <-time.After(20 * time.Millisecond):
                		fmt.Println("no signal")
                	}
                	fmt.Println(os.Interrupt, syscall.SIGTERM, syscall.SIGINT == os.Interrupt, os.Kill, syscall.SIGHUP, syscall.SIGUSR1)
                	fmt.Printf("%v %d %s\\n", syscall.SIGQUIT, syscall.SIGTERM, os.Interrupt)
                }
                """)).isEqualTo(
                "before 1\n" +
                "after 2\n" +
                "no signal\n" +
                "interrupt terminated true killed hangup user defined signal 1\n" +
                "quit 15 interrupt\n");
    }
}
