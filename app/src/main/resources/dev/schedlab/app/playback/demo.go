// SchedLab's demo, meant for GOMAXPROCS=2: a producer spawns workers that
// each sleep, then send on a channel; main collects the results.
// Watch: new goroutines land in runnext and push the previous one into the
// local queue; idle Ps steal; sleepers wait on timers; the collector parks
// on "chan receive" until a worker hands it a value.
package main

import (
	"fmt"
	"sync"
	"time"
)

func work(id int, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	sum := 0
	for i := 0; i < 2000*(id%3+1); i++ {
		sum += i % 7
	}
	time.Sleep(time.Duration(id%4+1) * 100 * time.Microsecond)
	results <- id*1000 + sum%1000
}

func main() {
	results := make(chan int)
	var wg sync.WaitGroup
	for id := 1; id <= 12; id++ {
		wg.Add(1)
		go work(id, results, &wg)
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	total := 0
	for r := range results {
		total += r
	}
	fmt.Println("total", total)
}
