package dev.schedlab.scenarios.model;

import dev.schedlab.model.Simulation;
import dev.schedlab.model.config.Settings;
import dev.schedlab.model.trace.EventSink;
import dev.schedlab.scenarios.lang.Compilation;
import dev.schedlab.scenarios.lang.Compiler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * gcAssistAlloc: goroutines that allocate while the GC marks do part of the mark work on their
 * own time; goroutines that only compute during a mark owe nothing.
 */
class MarkAssistTest {
    static final String PROGRAM = """
            package main

            import (
            	"runtime"
            	"sync"
            )

            const allocate = 1

            var sink int
            var kept [][]byte

            func main() {
            	for i := 0; i < 900; i++ {
            		kept = append(kept, make([]byte, 4096)) // under the 4 MB goal: no cycle yet
            	}
            	var wg sync.WaitGroup
            	for i := 0; i < 2; i++ {
            		wg.Add(1)
            		go func() {
            			defer wg.Done()
            			for n := 0; n < 300; n++ {
            				if allocate == 1 {
            					b := make([]byte, 4096)
            					sink += len(b)
            				}
            				for j := 0; j < 200; j++ {
            					sink += j
            				}
            			}
            		}()
            	}
            	runtime.GC() // main waits; only the two goroutines run during the mark
            	wg.Wait()
            }
            """;

    @ParameterizedTest(name = "allocating during the mark: {0}")
    @CsvSource({"1,true", "0,false"})
    void allocatorsAssistTheMark(long allocate, boolean assists) {
        Compilation c = Compiler.compileSource("main.go", PROGRAM, Map.of("allocate", allocate));
        assertThat(c.diagnostics()).isEmpty();
        Simulation sim = new Simulation(c.program(), Settings.of(2), EventSink.NONE, (fd, t) -> { });
        sim.run();
        assertThat(sim.exitCode()).isZero();
        if (assists) assertThat(sim.stats().gcAssistNs()).isPositive();
        else assertThat(sim.stats().gcAssistNs()).isZero();
    }
}
