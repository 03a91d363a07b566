// Lesson 5: handoff. main blocks in a system call, taking its thread into the kernel. The
// ticker goroutine keeps running because sysmon hands the P to another thread.
package main

import (
	"fmt"
	"syscall"
	"time"
)

const (
	syscallMillis = 5 // how long main's system call blocks
	ticks         = 4 // how many times the ticker prints meanwhile
)

func main() {
	start := time.Now()
	go func() {
		for i := 1; i <= ticks; i++ {
			time.Sleep(time.Millisecond)
			fmt.Printf("tick %d at %dµs\n", i, time.Since(start).Microseconds())
		}
	}()
	ts := syscall.NsecToTimespec(syscallMillis * int64(time.Millisecond))
	syscall.Nanosleep(&ts, nil)
	fmt.Printf("main's system call returned at %dµs\n", time.Since(start).Microseconds())
}
