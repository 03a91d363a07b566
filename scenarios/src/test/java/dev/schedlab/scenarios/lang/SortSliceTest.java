package dev.schedlab.scenarios.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** sort.Slice and sort.Ints; expected outputs are what Go 1.23 prints for the same programs. */
class SortSliceTest {
    private static String run(String src) { return ExecutionTest.runFile(src); }

    @Test
    void sortSliceOrdersStructsByTheLessFunctionAndCallsItAsOftenAsGoOnShortSlices() {
        // Up to 12 elements Go's sort.Slice is an insertion sort: equal ages keep their order
        // and less is called 9 times here, as with go run.
        assertThat(run("""
                package main

                import (
                	"fmt"
                	"sort"
                )

                type person struct {
                	name string
                	age  int
                }

                func main() {
                	people := []person{{"Ann", 31}, {"Bob", 25}, {"Cid", 31}, {"Dee", 19}, {"Eve", 25}, {"Fay", 40}}
                	calls := 0
                	sort.Slice(people, func(i, j int) bool {
                		calls++
                		return people[i].age < people[j].age
                	})
                	fmt.Println(people, calls)
                }
                """)).isEqualTo("[{Dee 19} {Bob 25} {Eve 25} {Ann 31} {Cid 31} {Fay 40}] 9\n");
    }

    @Test
    void sortSliceSortsLongSlicesAndSubslicesInPlace() {
        assertThat(run("""
                package main

                import (
                	"fmt"
                	"sort"
                )

                func main() {
                	words := []string{"pear", "fig", "apple", "kiwi", "banana", "cherry", "date", "grape", "lemon", "lime", "mango", "melon", "nut", "olive", "plum", "quince"}
                	sort.Slice(words, func(i, j int) bool { return len(words[i]) > len(words[j]) || len(words[i]) == len(words[j]) && words[i] < words[j] })
                	fmt.Println(words)

                	nums := []int{42, -7, 19, 0, 3, 3, 100, -50, 8, 21, 13, 5, 77, -1, 64, 2, 9, 30, 11, 6}
                	tail := nums[5:]
                	sort.Slice(tail, func(i, j int) bool { return tail[i] > tail[j] })
                	fmt.Println(nums)
                	sort.Ints(nums)
                	fmt.Println(nums)
                }
                """)).isEqualTo("""
                [banana cherry quince apple grape lemon mango melon olive date kiwi lime pear plum fig nut]
                [42 -7 19 0 3 100 77 64 30 21 13 11 9 8 6 5 3 2 -1 -50]
                [-50 -7 -1 0 2 3 3 5 6 8 9 11 13 19 21 30 42 64 77 100]
                """);
    }

    @Test
    void sortSliceNeverCallsLessOnEmptyOrOneElementSlices() {
        assertThat(run("""
                package main

                import (
                	"fmt"
                	"sort"
                )

                func main() {
                	var empty []int
                	sort.Slice(empty, func(i, j int) bool { panic("not called") })
                	one := []int{1}
                	sort.Slice(one, func(i, j int) bool { panic("not called") })
                	fmt.Println(len(empty), one)
                }
                """)).isEqualTo("0 [1]\n");
    }
}
