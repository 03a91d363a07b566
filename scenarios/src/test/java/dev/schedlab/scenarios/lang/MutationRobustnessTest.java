package dev.schedlab.scenarios.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random mutations of the reference programs: the front end must answer every
 * one with a program or diagnostics, quickly, and never with an exception.
 */
class MutationRobustnessTest {
    private static final String[] PROGRAMS = {
        "conformance/spawn10_block", "conformance/gosched_rr", "conformance/unbuf_pingpong",
        "conformance/chan_close_broadcast", "conformance/waitgroup_multi_waiters", "conformance/sleep_order",
        "bench/pingpong", "bench/spawn1m"};
    private static final String[] INSERTS = {"{", "}", "(", ")", "[", "]", ";", ",", ":=", "=", "<-", "go", "defer",
        "func", "for", "range", "chan", "*", "&", "\"", "`", "'", "/*", "0x", "1e", "...", ".", "\n", "goto", "select",
        "iota", "nil", "_", "struct{}", "interface{}", "map[int]int", "[...]int", "type T[X any] int\n"};
    private static final Pattern TOKEN = Pattern.compile("\\w+|\"[^\"\\n]*\"|\\S");
    private static final List<String> SOURCES = load();

    private static List<String> load() {
        List<String> out = new ArrayList<>();
        for (String p : PROGRAMS) {
            try {
                out.add(Files.readString(SharedFiles.program(p)));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    static Stream<Long> seeds() { return IntStream.range(0, 3000).mapToObj(i -> 0x5eed0000L + i); }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyMutantGetsAnAnswer(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        String src = SOURCES.get(rnd.nextInt(SOURCES.size()));
        int edits = 1 + rnd.nextInt(3);
        for (int i = 0; i < edits; i++) src = mutate(src, rnd);
        String mutant = src;
        Compilation c = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Compiler.compileSource("main.go", mutant));
        assertThat(c.program() != null || !c.diagnostics().isEmpty()).as("a program or diagnostics").isTrue();
        assertThat(c.diagnostics()).as("seed %d:%n%s", seed, mutant).noneMatch(d -> d.message().startsWith("internal compiler error"));
    }

    private static String mutate(String src, SplittableRandom rnd) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(src);
        while (m.find()) tokens.add(new int[] {m.start(), m.end()});
        int[] t = tokens.get(rnd.nextInt(tokens.size()));
        int[] u = tokens.get(rnd.nextInt(tokens.size()));
        int at = rnd.nextInt(src.length());
        return switch (rnd.nextInt(6)) {
            case 0 -> src.substring(0, t[0]) + src.substring(t[1]); // delete a token
            case 1 -> src.substring(0, t[0]) + INSERTS[rnd.nextInt(INSERTS.length)] + " " + src.substring(t[0]); // insert a token
            case 2 -> { // swap two tokens
                int[] a = t[0] < u[0] ? t : u;
                int[] b = t[0] < u[0] ? u : t;
                if (a[1] > b[0]) yield src;
                yield src.substring(0, a[0]) + src.substring(b[0], b[1]) + src.substring(a[1], b[0]) + src.substring(a[0], a[1]) + src.substring(b[1]);
            }
            case 3 -> src.substring(0, at) + src.substring(Math.min(src.length(), at + 1 + rnd.nextInt(4))); // delete characters
            case 4 -> src.substring(0, at) + (char) (rnd.nextInt(95) + 32) + src.substring(at); // insert a character
            default -> src.substring(0, t[0]) + src.substring(u[0], u[1]) + src.substring(t[1]); // replace a token by another
        };
    }
}
