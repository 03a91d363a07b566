// One goroutine spawns a burst of equal jobs. They all land in its own P's queue; the
// other Ps' Ms wake up spinning and steal half of what they find.
package main

import (
	"fmt"
	"sync"
	"time"
)

const (
	jobs       = 32  // goroutines spawned in one burst
	workMicros = 100 // how long each job computes
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
	fmt.Printf("%d jobs of %dµs took %dµs\n", jobs, workMicros, time.Since(start).Microseconds())
}
