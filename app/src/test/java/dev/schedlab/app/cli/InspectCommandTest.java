package dev.schedlab.app.cli;

import dev.schedlab.app.run.SimulationRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code schedlab inspect}, in process: the inspector's content as text, and its usage errors. */
class InspectCommandTest {
    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        CommandLine cli = SchedLabCommand.create(Map.of(), new SimulationRunner(), false);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /** main sleeps for a millisecond, so g5 (the worker) waits on its receive all that time. */
    private Path program() throws IOException {
        Path p = dir.resolve("recv.go");
        Files.writeString(p, """
                package main

                import "time"

                func worker(c chan int) {
                	n := 7
                	v := <-c
                	println(v + n)
                }

                func main() {
                	c := make(chan int)
                	go worker(c)
                	time.Sleep(time.Millisecond)
                	c <- 1
                	time.Sleep(time.Millisecond)
                }
                """);
        return p;
    }

    @Test void printsAParkedGoroutinesStackRegistersAndGStruct() throws IOException {
        int code = execute("inspect", program().toString(), "--gomaxprocs", "1", "--at", "500us", "--goroutine", "5");
        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        String text = out.toString();
        assertThat(text).contains("== Goroutine g5", "4  _Gwaiting", "chan receive  (14)", "== g.sched (gobuf)",
                "runtime.gopark", "runtime.chanrecv1", "main.worker", "recv.go:7", "== Locals of main.worker (recv.go:7",
                "+16 (0x10)   stackguard0", "+56 (0x38)   sched.sp", "+152 (0x98)  atomicstatus  0x4",
                "=>   mcall(park_m)");
        assertThat(text).containsPattern("stack +\\[0xc[0-9a-f]+, 0xc[0-9a-f]+\\)  2 KiB");
        assertThat(text).containsPattern("\n  n +7\n");
    }

    @Test void printsAnMOnItsG0AndAPsQueues() throws IOException {
        int code = execute("inspect", program().toString(), "--gomaxprocs", "1", "--event", "31", "--m", "0", "--p", "0");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("== Thread M0", "== Registers", "R14  0x", "g0 of M0", "== g0 stack",
                "runtime.mstart0", "== Processor P0", "schedtick");
    }

    @Test void aGoroutineThatDoesNotExistYetIsAOneLineError() throws IOException {
        int code = execute("inspect", program().toString(), "--gomaxprocs", "1", "--event", "3", "--goroutine", "5");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("schedlab: goroutine 5 does not exist at that moment (not yet created, or exited)\n");
    }

    @Test void theMomentAndTheSubjectAreRequired() throws IOException {
        assertThat(execute("inspect", program().toString(), "--goroutine", "5")).isEqualTo(2);
        assertThat(err.toString()).contains("exactly one of --at TIME or --event N");
        assertThat(execute("inspect", program().toString(), "--at", "1ms")).isEqualTo(2);
        assertThat(err.toString()).contains("--goroutine ID, --m ID or --p ID");
    }
}
