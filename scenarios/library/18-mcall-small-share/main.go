// CPU-bound goroutines on one P: four workers each compute for a long time without blocking.
// They switch only when sysmon preempts one after 10 ms, so runtime.mcall's share of the CPU
// profile is tiny and nearly all the time is the program's own code.
package main

import "fmt"

const (
	workers   = 4       // how many CPU-bound goroutines
	workLoops = 1000000 // how much each one computes (loop turns)
)

func crunch(results chan<- int) {
	sum := 0
	for j := 0; j < workLoops; j++ {
		sum += j % 7
	}
	results <- sum
}

func main() {
	results := make(chan int, workers)
	for i := 0; i < workers; i++ {
		go crunch(results)
	}
	total := 0
	for i := 0; i < workers; i++ {
		total += <-results
	}
	fmt.Println("workers:", workers, "total:", total)
}
