// One goroutine sleeps while main waits for it. At GOMAXPROCS=1 the idle M waits for the
// timer in epoll (millisecond resolution); the timer readies the sleeper into runnext.
package main

import (
	"fmt"
	"time"
)

const sleepMicros = 200 // how long the sleeper asks to sleep

func main() {
	slept := make(chan time.Duration)
	go func() {
		start := time.Now()
		time.Sleep(sleepMicros * time.Microsecond)
		slept <- time.Since(start)
	}()
	d := <-slept
	fmt.Printf("asked to sleep %dµs, slept %dµs\n", sleepMicros, d.Microseconds())
}
