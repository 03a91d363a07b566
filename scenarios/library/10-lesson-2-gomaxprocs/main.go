// Lesson 2: GOMAXPROCS Ps. A goroutine runs only on a thread that holds a P, so at most
// GOMAXPROCS goroutines run at the same time, however many threads there are.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

const (
	workers    = 4    // CPU-bound goroutines
	workMicros = 1000 // how long each computes
)

const loopsPerMicro = 66 // turns of spin's loop in one simulated microsecond

var sink int

// spin keeps the CPU busy for about micros microseconds.
func spin(micros int) {
	for i := 0; i < micros*loopsPerMicro; i++ {
		sink += i
	}
}

func main() {
	start := time.Now()
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			spin(workMicros)
		}()
	}
	wg.Wait()
	fmt.Printf("GOMAXPROCS=%d: %d workers of %dµs took %dµs\n",
		runtime.GOMAXPROCS(0), workers, workMicros, time.Since(start).Microseconds())
}
