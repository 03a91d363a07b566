// Goroutines fight over one sync.Mutex that is held for long stretches. A waiter that
// waits more than 1ms switches the mutex to starvation mode: Unlock then hands the lock
// directly to the first waiter instead of letting newcomers barge in.
package main

import (
	"fmt"
	"sync"
)

const (
	contenders = 4   // goroutines that want the lock
	rounds     = 5   // times each takes it
	holdMicros = 600 // how long each holds it
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
	var mu sync.Mutex
	var wg sync.WaitGroup
	var order []int
	for c := 0; c < contenders; c++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for r := 0; r < rounds; r++ {
				mu.Lock()
				order = append(order, id)
				spin(holdMicros)
				mu.Unlock()
			}
		}(c)
	}
	wg.Wait()
	fmt.Println("lock order:", order)
}
