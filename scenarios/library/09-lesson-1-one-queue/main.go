// Lesson 1: one thread, one queue. Goroutines are cheap user-space threads; with one P the
// runtime multiplexes them all onto one OS thread, taking them from one run queue.
package main

import (
	"fmt"
	"sync"
)

const goroutines = 5 // how many goroutines main starts

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= goroutines; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("goroutine", i, "runs")
		}()
	}
	wg.Wait()
}
