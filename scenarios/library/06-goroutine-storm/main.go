// Thousands of tiny goroutines, spawned and finished faster than a thread wakes up. Idle
// Ms spin looking for work: some steals succeed, many find the queues already empty.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

const (
	goroutines = 2000 // how many short-lived goroutines
	workLoops  = 20   // how much each one computes (loop turns)
)

func main() {
	var wg sync.WaitGroup
	var total atomic.Int64
	for i := 0; i < goroutines; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sum := 0
			for j := 0; j < workLoops; j++ {
				sum += j
			}
			total.Add(int64(sum))
		}()
	}
	wg.Wait()
	fmt.Println("goroutines:", goroutines, "sum:", total.Load())
}
