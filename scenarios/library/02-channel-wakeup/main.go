// A receiver parks on an empty channel; the sender's send hands the value straight to it
// and readies it into the sender's runnext.
package main

import "fmt"

const messages = 3 // values sent one at a time

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		for v := range ch {
			fmt.Println("received", v)
		}
		done <- true
	}()
	for i := 1; i <= messages; i++ {
		ch <- i
	}
	close(ch)
	<-done
}
