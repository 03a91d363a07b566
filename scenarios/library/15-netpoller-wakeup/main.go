// A goroutine waits on the network while another keeps the only P busy. The descriptor is
// ready after 1ms, but nobody polls the network until sysmon does, 10ms after the last poll;
// then the reader waits in the global queue until the busy goroutine is preempted.
package main

import (
	"fmt"
	"time"

	"schedlab.dev/library/lab"
)

const networkMillis = 1 // how long the peer takes to answer
const busyMillis = 30   // how long the worker computes without blocking

func main() {
	start := time.Now()
	done := make(chan time.Duration)
	go func() {
		for time.Since(start) < busyMillis*time.Millisecond {
		}
	}()
	go func() {
		lab.NetWait(networkMillis * time.Millisecond)
		done <- time.Since(start)
	}()
	d := <-done
	fmt.Printf("the network answered after %dms; the reader ran after %dms\n", networkMillis, d.Milliseconds())
}
