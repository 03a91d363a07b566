package dev.schedlab.scenarios.lang;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * sync.Once when f panics (Do counts as done and unlocks, so later calls return at once) and
 * sync.Cond written as a literal or a zero value with L set (its notify list is ready at first
 * use), and sync.Locker holding a *sync.Mutex. Expected output is what Go 1.23 printed for the same programs.
 */
class OnceAndCondValuesTest {
    @Test void aPanickingOnceFunctionStillCountsAsDone() {
        assertThat(Simulated.output("""
                package main

                import (
                	"fmt"
                	"sync"
                )

                func try(once *sync.Once, f func()) (err error) {
                	defer func() {
                		if r := recover(); r != nil {
                			err = fmt.Errorf("recovered: %v", r)
                		}
                	}()
                	once.Do(f)
                	return nil
                }

                func main() {
                	var once sync.Once
                	calls := 0
                	fmt.Println(try(&once, func() { calls++; panic("boom") }))
                	fmt.Println(try(&once, func() { calls += 10 }))
                	var wg sync.WaitGroup
                	for i := 0; i < 3; i++ {
                		wg.Add(1)
                		go func() {
                			defer wg.Done()
                			once.Do(func() { calls += 100 })
                		}()
                	}
                	wg.Wait()
                	fmt.Println("calls", calls)
                	var o2 sync.Once
                	o2.Do(func() { fmt.Println("first") })
                	o2.Do(func() { fmt.Println("second") })
                	defer o2.Do(func() { fmt.Println("deferred") })
                	do := o2.Do
                	do(func() { fmt.Println("via method value") })
                }
                """)).isEqualTo(
                "recovered: boom\n" +
                "<nil>\n" +
                "calls 1\n" +
                "first\n");
    }

    @Test void condLiteralsAndZeroCondsWork() {
        assertThat(Simulated.output("""
                package main

                import (
                	"fmt"
                	"sync"
                	"time"
                )

                type Queue struct {
                	mu    sync.Mutex
                	cond  sync.Cond
                	items []int
                }

                func main() {
                	var mu sync.Mutex
                	c := sync.Cond{L: &mu}
                	ready := false
                	var wg sync.WaitGroup
                	for i := 0; i < 3; i++ {
                		wg.Add(1)
                		go func() {
                			defer wg.Done()
                			c.L.Lock()
                			for !ready {
                				c.Wait()
                			}
                			c.L.Unlock()
                		}()
                	}
                	time.Sleep(time.Millisecond)
                	c.L.Lock()
                	ready = true
                	c.Broadcast()
                	c.L.Unlock()
                	wg.Wait()
                	fmt.Println("all woke")

                	q := &Queue{}
                	q.cond.L = &q.mu
                	done := make(chan int)
                	go func() {
                		q.mu.Lock()
                		for len(q.items) == 0 {
                			q.cond.Wait()
                		}
                		v := q.items[0]
                		q.mu.Unlock()
                		done <- v
                	}()
                	time.Sleep(time.Millisecond)
                	q.mu.Lock()
                	q.items = append(q.items, 42)
                	q.cond.Signal()
                	q.mu.Unlock()
                	fmt.Println(<-done)
                	var lonely sync.Cond
                	lonely.Signal()
                	lonely.Broadcast()
                	fmt.Println("signal without waiters is fine")
                }
                """)).isEqualTo(
                "all woke\n" +
                "42\n" +
                "signal without waiters is fine\n");
    }

    @Test void lockerIsAMutexPointer() {
        assertThat(Simulated.output("""
                package main

                import (
                	"fmt"
                	"sync"
                )

                type Store struct {
                	lock sync.Locker
                	n    int
                }

                func (s *Store) Add() {
                	s.lock.Lock()
                	defer s.lock.Unlock()
                	s.n++
                }

                func main() {
                	var mu sync.Mutex
                	s := &Store{lock: &mu}
                	var wg sync.WaitGroup
                	for i := 0; i < 5; i++ {
                		wg.Add(1)
                		go func() {
                			defer wg.Done()
                			s.Add()
                		}()
                	}
                	wg.Wait()
                	var l sync.Locker = &mu
                	c := sync.NewCond(l)
                	c.L.Lock()
                	c.Signal()
                	c.L.Unlock()
                	fmt.Printf("%d %T\\n", s.n, l)
                }
                """)).isEqualTo(
                "5 *sync.Mutex\n");
    }

}
