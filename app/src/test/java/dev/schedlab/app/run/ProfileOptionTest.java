package dev.schedlab.app.run;

import dev.schedlab.app.cli.SchedLabCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code run --profile FILE}: folded stacks a flame graph tool reads, or one clear line when it cannot write. */
class ProfileOptionTest {
    private static final Pattern FOLDED = Pattern.compile("[^; ]+(;[^; ]+)* \\d+");
    @TempDir Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cli = SchedLabCommand.create(Map.of(), new SimulationRunner(), false);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    Path pingpong() throws IOException {
        Path p = dir.resolve("main.go");
        Files.writeString(p, """
                package main

                func main() {
                	ping, pong := make(chan int), make(chan int)
                	go func() {
                		for v := range ping {
                			pong <- v
                		}
                	}()
                	for i := 0; i < 1000; i++ {
                		ping <- i
                		<-pong
                	}
                }
                """);
        return p;
    }

    @Test
    void writesOneFoldedLinePerStackAndTheSameTimeAsStatsCounts() throws IOException {
        Path profile = dir.resolve("cpu.folded");
        assertThat(run("run", pingpong().toString(), "--gomaxprocs", "1", "--profile", profile.toString(), "--stats")).isZero();
        List<String> lines = Files.readAllLines(profile);
        assertThat(lines).isNotEmpty().allMatch(l -> FOLDED.matcher(l).matches());
        assertThat(lines).anyMatch(l -> l.startsWith("runtime.mcall;runtime.park_m;runtime.schedule "));
        long mcall = lines.stream().filter(l -> l.startsWith("runtime.mcall;"))
                .mapToLong(l -> Long.parseLong(l.substring(l.lastIndexOf(' ') + 1))).sum();
        long statsMcall = Long.parseLong(err.toString().lines().filter(l -> l.startsWith("cpu_mcall_ns: "))
                .findFirst().orElseThrow().split(" ")[1]);
        assertThat(mcall).isBetween(statsMcall - 1_000, statsMcall); // the boot before profiling starts
        assertThat(Files.list(dir)).noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void anUnwritableProfileIsOneLineAndExitTwo() throws IOException {
        Path missing = dir.resolve("no-such-folder").resolve("cpu.folded");
        assertThat(run("run", pingpong().toString(), "--gomaxprocs", "1", "--profile", missing.toString())).isEqualTo(2);
        assertThat(err.toString().lines()).anyMatch(l -> l.contains("cannot write the profile " + missing));
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
