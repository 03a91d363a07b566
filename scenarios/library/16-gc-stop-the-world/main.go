// Goroutines allocate slices until the heap reaches its goal (4 MB at first). The
// allocating goroutine starts a GC cycle: the world stops for sweep termination, one P in
// four runs a dedicated mark worker while the others keep running goroutines, and the world
// stops again for mark termination.
package main

import (
	"fmt"
	"sync"
)

const (
	allocators = 4   // goroutines that allocate
	slices     = 400 // slices each allocates
	sliceInts  = 512 // ints in each slice (8 bytes each: 4 KiB)
	keep       = 32  // slices each keeps alive at a time
	workMicros = 5   // computing between two allocations
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
	var wg sync.WaitGroup
	for i := 0; i < allocators; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			kept := make([][]int, keep)
			for n := 0; n < slices; n++ {
				b := make([]int, sliceInts)
				b[0] = n
				kept[n%keep] = b
				spin(workMicros)
			}
		}()
	}
	wg.Wait()
	fmt.Printf("allocated %d KiB\n", allocators*slices*sliceInts*8/1024)
}
