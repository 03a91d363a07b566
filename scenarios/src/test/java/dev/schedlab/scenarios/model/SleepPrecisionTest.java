package dev.schedlab.scenarios.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * time.Sleep's latency in an idle process, against the reference's Appendix A (real Go 1.23.5):
 * an idle M waits for the timer in epoll_wait, whose timeout is whole milliseconds (at least 1),
 * so sub-millisecond sleeps take about 1.1 ms and 1.5 ms takes about 2.2 ms; a 10 µs sleep is
 * caught by the spinning M that wakep started, running the expired timer from stealWork.
 */
class SleepPrecisionTest {
    static String program(long micros) {
        return """
                package main

                import (
                	"fmt"
                	"time"
                )

                func main() {
                	for i := 0; i < 41; i++ {
                		t0 := time.Now()
                		time.Sleep(%d * time.Microsecond)
                		fmt.Println(int64(time.Since(t0) / time.Microsecond))
                	}
                }
                """.formatted(micros);
    }

    @ParameterizedTest(name = "sleep {0} us: median {1} us in real Go")
    @CsvSource({"10,20", "100,1100", "500,1110", "1500,2160", "5000,5230"})
    void medianLatencyIsWithinFifteenPercentOfRealGo(long requestedMicros, long realMedianMicros) {
        // Pooled over a sweep of seeds, as the real figures are pooled over runs.
        long[] took = java.util.stream.LongStream.rangeClosed(1, 5)
                .mapToObj(seed -> SynchronisationTest.run(program(requestedMicros), 4, seed))
                .flatMap(String::lines).mapToLong(Long::parseLong).sorted().toArray();
        long median = took[took.length / 2];
        assertThat(median).as(Arrays.toString(took))
                .isBetween(Math.round(realMedianMicros * 0.85), Math.round(realMedianMicros * 1.15));
    }
}
