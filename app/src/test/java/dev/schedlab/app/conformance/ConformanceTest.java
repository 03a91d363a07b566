package dev.schedlab.app.conformance;

import dev.schedlab.app.cli.SchedLabCommand;
import dev.schedlab.app.run.SimulationRunner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code schedlab run} prints exactly what real Go 1.23 printed, for every case folder of
 * shared/conformance that has an expected.txt (the statistical ones are checked elsewhere).
 */
class ConformanceTest {
    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(ConformanceCase.sharedRoot().resolve("conformance"))) {
            return dirs.filter(d -> Files.exists(d.resolve("expected.txt")))
                    .map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
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

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).isEqualTo(c.expected());
    }
}
