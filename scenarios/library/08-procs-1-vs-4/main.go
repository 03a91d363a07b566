// The same CPU-bound load twice: first on one P, then on four. runtime.GOMAXPROCS stops
// the world and resizes the set of Ps between the two runs.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

const (
	workers    = 8   // goroutines in each run
	workMicros = 500 // how long each computes
	wideProcs  = 4   // GOMAXPROCS of the second run
)

const loopsPerMicro = 66 // turns of spin's loop in one simulated microsecond

var sink int

// spin keeps the CPU busy for about micros microseconds.
func spin(micros int) {
	for i := 0; i < micros*loopsPerMicro; i++ {
		sink += i
	}
}

// load runs the workers at the given GOMAXPROCS and says how long they took together.
func load(procs int) {
	runtime.GOMAXPROCS(procs)
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
	fmt.Printf("GOMAXPROCS=%d: %d workers of %dµs took %dµs\n", procs, workers, workMicros, time.Since(start).Microseconds())
}

func main() {
	load(1)
	load(wideProcs)
}
