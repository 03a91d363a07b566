// Package lab holds what SchedLab's scenarios need beyond the standard library, with real
// implementations so every scenario still builds and runs with the Go toolchain. SchedLab
// models each function as a runtime operation.
package lab

import (
	"net"
	"time"
)

// NetWait blocks the calling goroutine on a network read that becomes ready after d: a
// loopback TCP peer writes one byte after d. The goroutine parks in the netpoller ("IO wait")
// and is readied by it, as for any network I/O.
func NetWait(d time.Duration) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		time.Sleep(d)
		c.Write([]byte{1})
		c.Close()
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	var b [1]byte
	c.Read(b[:])
}
