// A goroutine blocks in a system call (nanosleep) while others wait to run. sysmon sees
// the P stuck in _Psyscall with work queued and hands it to another M.
package main

import (
	"fmt"
	"sync"
	"syscall"
	"time"
)

const (
	syscallMicros = 5000 // how long the nanosleep system call blocks
	workers       = 4    // goroutines that want the P meanwhile
	workMicros    = 200  // how long each worker computes
)

const loopsPerMicro = 66 // turns of spin's loop in one simulated microsecond

var sink int

// spin keeps the CPU busy for about micros microseconds.
func spin(micros int) {
	for i := 0; i < micros*loopsPerMicro; i++ {
		sink += i
	}
}

func main() {
	start := time.Now()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		ts := syscall.NsecToTimespec(syscallMicros * 1000)
		syscall.Nanosleep(&ts, nil)
		fmt.Printf("nanosleep returned after %dµs\n", time.Since(start).Microseconds())
	}()
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			spin(workMicros)
		}()
	}
	wg.Wait()
	fmt.Printf("all done after %dµs\n", time.Since(start).Microseconds())
}
