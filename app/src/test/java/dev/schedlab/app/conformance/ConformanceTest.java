package dev.schedlab.app.conformance;

import dev.schedlab.app.cli.SchedLabCommand;
import dev.schedlab.app.run.SimulationRunner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code schedlab run} prints exactly what real Go 1.23 printed for the conformance cases
 * this issue covers. The cases that need syscalls, preemption, LockOSThread and the rest of
 * the language join this list with the issues that add those.
 */
class ConformanceTest {
    @ParameterizedTest
    @ValueSource(strings = {"spawn10_block", "gosched_rr", "unbuf_pingpong", "chan_close_broadcast",
            "waitgroup_multi_waiters", "sleep_order", "mutex_barging", "sleep0_no_yield"})
    void printsWhatRealGoPrinted(String name) {
        ConformanceCase c = ConformanceCase.load(name);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = SchedLabCommand.create(Map.of(), new SimulationRunner(), false);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> args = new ArrayList<>(List.of("run", c.program().toString(), "--gomaxprocs", String.valueOf(c.gomaxprocs())));
        if (!c.godebug().isBlank()) args.addAll(List.of("--godebug", c.godebug()));

        int status = cli.execute(args.toArray(new String[0]));

        assertThat(err.toString()).isEmpty();
        assertThat(status).isZero();
        assertThat(out.toString()).isEqualTo(c.expected());
    }
}
