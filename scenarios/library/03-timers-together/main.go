// Many goroutines sleep for the same time: their timers sit in one P's heap and expire
// together, and one timer check readies them all.
package main

import (
	"fmt"
	"sync"
	"time"
)

const (
	sleepers    = 8    // goroutines that sleep
	sleepMicros = 2000 // how long each sleeps
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	order := []int{}
	for i := 0; i < sleepers; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			time.Sleep(sleepMicros * time.Microsecond)
			mu.Lock()
			order = append(order, id)
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("woke in order", order)
}
