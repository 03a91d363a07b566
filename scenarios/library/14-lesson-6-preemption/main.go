// Lesson 6: preemption. Two goroutines that never block share one P. sysmon notices a
// goroutine running for over 10ms and preempts it, so the other gets its turn.
package main

import (
	"fmt"
	"sync"
	"time"
)

const (
	hogs        = 2         // goroutines that never block
	workMillis  = 50        // how much each computes, in thousands of loopsPerMil turns
	loopsPerMil = 66 * 1000 // loop turns in roughly a millisecond
)

var sink int

func main() {
	start := time.Now()
	var wg sync.WaitGroup
	for h := 1; h <= hogs; h++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < workMillis*loopsPerMil; i++ {
				sink += i
			}
			fmt.Printf("hog %d finished at %dms\n", h, time.Since(start).Milliseconds())
		}()
	}
	wg.Wait()
}
