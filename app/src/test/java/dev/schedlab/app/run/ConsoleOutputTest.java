package dev.schedlab.app.run;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsoleOutputTest {
    @Test void textGoesOutExactlyAsWrittenAndSwitchingFdsFlushes() {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        PrintWriter out = new PrintWriter(terminal);
        PrintWriter err = new PrintWriter(terminal);
        ConsoleOutput console = new ConsoleOutput(out, err);
        console.write(1, "a");
        console.write(1, "b");
        console.write(2, "C\n");
        console.write(1, "d");
        console.flush();
        assertThat(terminal.toString(StandardCharsets.UTF_8)).isEqualTo("abC\nd");
    }

    @Test void onlyFdsOneAndTwoExist() {
        ConsoleOutput console = new ConsoleOutput(new PrintWriter(new ByteArrayOutputStream()), new PrintWriter(new ByteArrayOutputStream()));
        assertThatThrownBy(() -> console.write(3, "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
