// Lesson 4: work stealing. Per-P queues can be unbalanced: here one P gets all the work.
// A thread whose P has nothing to do steals half of another P's queue.
package main

import (
	"fmt"
	"sync"
	"time"
)

const (
	jobs       = 8   // goroutines spawned by main
	workMicros = 200 // how long each computes
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
	for i := 0; i < jobs; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			spin(workMicros)
		}()
	}
	wg.Wait()
	fmt.Printf("%d jobs took %dµs\n", jobs, time.Since(start).Microseconds())
}
