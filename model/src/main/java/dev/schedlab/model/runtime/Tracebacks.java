package dev.schedlab.model.runtime;

import dev.schedlab.model.trace.GStatus;
import dev.schedlab.model.vm.Frame;

import java.util.List;

/**
 * Goroutine dumps as Go prints them after a fatal error or panic:
 * {@code goroutine 1 [chan receive]:} then each frame's function and file:line.
 * Runtime-internal frames and pc offsets are not shown (they are not simulated).
 */
final class Tracebacks {
    private Tracebacks() {}

    static void appendAll(StringBuilder s, List<G> allgs) {
        for (G g : allgs) {
            if (g.system || g.reused || g.status == GStatus.DEAD) continue;
            s.append('\n');
            String state = g.status == GStatus.WAITING ? g.waitReason.text()
                    : g.status == GStatus.RUNNING ? "running" : g.status == GStatus.SYSCALL ? "syscall" : "runnable";
            appendOne(s, g, state);
        }
    }

    static void appendOne(StringBuilder s, G g, String state) {
        s.append("goroutine ").append(g.goid).append(" [").append(state).append("]:\n");
        int shown = 0;
        for (Frame f = g.frame; f != null; f = f.caller) {
            if (++shown > 100) { // runtime/traceback.go: tracebackInnerFrames + outer frames, elided between
                s.append("...additional frames elided...\n");
                break;
            }
            s.append(f.function.name()).append("()\n\t").append(f.function.file()).append(':').append(f.line()).append('\n');
        }
    }

    static String panicValue(Object v) {
        if (v == null) return "nil";
        if (v instanceof String str) return str;
        return String.valueOf(v);
    }
}
