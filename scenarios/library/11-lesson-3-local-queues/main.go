// Lesson 3: a run queue per P. Each parent goroutine spawns its children onto its own P's
// local queue: no lock shared by all threads, and children run near their parent.
package main

import (
	"fmt"
	"sync"
)

const (
	parents  = 2 // goroutines that spawn children
	children = 4 // children per parent
)

const loopsPerMicro = 66 // turns of spin's loop in one simulated microsecond

var sink [parents]int

// spin keeps the CPU busy for about micros microseconds, writing to the parent's own slot.
func spin(parent, micros int) {
	for i := 0; i < micros*loopsPerMicro; i++ {
		sink[parent] += i
	}
}

func main() {
	var wg sync.WaitGroup
	for p := 0; p < parents; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var kids sync.WaitGroup
			for c := 0; c < children; c++ {
				kids.Add(1)
				go func() {
					defer kids.Done()
					spin(p, 50)
				}()
			}
			spin(p, 100)
			kids.Wait()
		}()
	}
	wg.Wait()
	fmt.Println(parents, "parents each ran", children, "children")
}
