// Many short-lived goroutines that block and wake, on one P: each request is served by a new
// goroutine that trades a few messages with main over unbuffered channels, then says it is
// done and exits. Every message parks one goroutine and wakes the other, so most of the CPU
// time goes to switching goroutines, and much of that is under runtime.mcall.
package main

import "fmt"

const (
	requests  = 2000 // how many requests, each served by its own goroutine
	messages  = 4    // messages each server trades with main before it exits
	workLoops = 10   // how much a server computes per message (loop turns)
)

func serve(in <-chan int, out chan<- int, done chan<- bool) {
	for k := 0; k < messages; k++ {
		v := <-in
		for j := 0; j < workLoops; j++ {
			v += j
		}
		out <- v
	}
	close(done)
}

func main() {
	total := 0
	for i := 0; i < requests; i++ {
		in, out, done := make(chan int), make(chan int), make(chan bool)
		go serve(in, out, done)
		for k := 0; k < messages; k++ {
			in <- i
			total += <-out
		}
		<-done
	}
	fmt.Println("requests:", requests, "total:", total)
}
