package dev.schedlab.app.run;

import dev.schedlab.app.cli.SchedLabCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code schedlab run} on real programs: determinism of the event log, Go's fatal errors and exit statuses. */
class RunEndToEndTest {
    @TempDir Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cli = SchedLabCommand.create(Map.of(), new SimulationRunner(), false);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    Path program(String source) throws IOException {
        Path p = dir.resolve("main.go");
        Files.writeString(p, source);
        return p;
    }

    static Path shared(String relative) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared"))) return p.resolve("shared").resolve(relative);
        }
        return Path.of(System.getProperty("schedlab.root"), "..", "shared", relative).normalize();
    }

    @ParameterizedTest
    @CsvSource({"spawn10_block,4,1", "sleep_order,2,9", "gosched_rr,3,5"})
    void sameProgramSettingsAndSeedGiveAByteIdenticalEventLog(String name, int procs, long seed) throws IOException {
        Path prog = shared("conformance/" + name + "/main.go");
        Path a = dir.resolve("a.log");
        Path b = dir.resolve("b.log");
        assertThat(run("run", prog.toString(), "--gomaxprocs", "" + procs, "--seed", "" + seed, "--events", a.toString())).isZero();
        assertThat(run("run", prog.toString(), "--gomaxprocs", "" + procs, "--seed", "" + seed, "--events", b.toString())).isZero();
        byte[] first = Files.readAllBytes(a);
        assertThat(first.length).isGreaterThan(1000);
        assertThat(Files.readAllBytes(b)).isEqualTo(first);
    }

    @Test
    void aDeadlockPrintsGosFatalErrorAndExitsTwo() throws IOException {
        Path p = program("package main\n\nfunc main() {\n\tch := make(chan int)\n\t<-ch\n}\n");
        assertThat(run("run", p.toString(), "--gomaxprocs", "1")).isEqualTo(2);
        assertThat(err.toString()).startsWith("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\nmain.main()");
    }

    @Test
    void aWaitGroupThatNeverReachesZeroIsADeadlockInSemacquire() throws IOException {
        Path p = program("package main\n\nimport \"sync\"\n\nfunc main() {\n\tvar wg sync.WaitGroup\n\twg.Add(1)\n\twg.Wait()\n}\n");
        assertThat(run("run", p.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("all goroutines are asleep - deadlock!").contains("goroutine 1 [semacquire]:");
    }

    @Test
    void anUnrecoveredPanicPrintsItsValueAndExitsTwo() throws IOException {
        Path p = program("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"before\")\n\tvar a []int\n\tfmt.Println(a[3])\n}\n");
        assertThat(run("run", p.toString())).isEqualTo(2);
        assertThat(out.toString()).isEqualTo("before\n");
        assertThat(err.toString()).startsWith("panic: runtime error: index out of range [3] with length 0\n\ngoroutine 1 [running]:\nmain.main()");
    }

    @Test
    void sendOnAClosedChannelPanics() throws IOException {
        Path p = program("package main\n\nfunc main() {\n\tch := make(chan int, 1)\n\tclose(ch)\n\tch <- 1\n}\n");
        assertThat(run("run", p.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("panic: send on closed channel");
    }

    @Test
    void mainReturningEndsTheProcessEvenWithGoroutinesBlocked() throws IOException {
        Path p = program("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int)\n\tgo func() { <-ch }()\n\tfmt.Println(\"bye\")\n}\n");
        assertThat(run("run", p.toString())).isZero();
        assertThat(out.toString()).isEqualTo("bye\n");
    }

    @Test
    void schedtraceLinesGoToStderrInGosFormat() throws IOException {
        Path p = program("package main\n\nimport \"time\"\n\nfunc main() { time.Sleep(350 * time.Millisecond) }\n");
        assertThat(run("run", p.toString(), "--gomaxprocs", "4", "--schedtrace", "100ms")).isZero();
        assertThat(err.toString().lines())
                .hasSizeBetween(4, 5)
                .allMatch(l -> l.matches("SCHED \\d+ms: gomaxprocs=4 idleprocs=\\d idleprocs=?.*|SCHED \\d+ms: gomaxprocs=4 idleprocs=\\d threads=\\d+ spinningthreads=\\d needspinning=[01] idlethreads=\\d+ runqueue=\\d+ \\[\\d+ \\d+ \\d+ \\d+\\]"));
        assertThat(err.toString()).startsWith("SCHED 0ms: gomaxprocs=4 ");
    }
}
