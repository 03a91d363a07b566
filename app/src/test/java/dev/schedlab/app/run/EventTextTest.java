package dev.schedlab.app.run;

import dev.schedlab.model.trace.EventText;
import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.model.trace.TraceEvent.GoroutineCreated;
import dev.schedlab.model.trace.TraceEvent.GoroutineExecuted;
import dev.schedlab.model.trace.TraceEvent.GoroutineParked;
import dev.schedlab.model.trace.TraceEvent.NetpollBlocked;
import dev.schedlab.model.trace.TraceEvent.OutputWritten;
import dev.schedlab.model.trace.TraceEvent.ProgramExited;
import dev.schedlab.model.trace.WaitReason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventTextTest {
    @Test void timeThenNameThenComponentsInDeclarationOrder() {
        assertThat(EventText.line(new GoroutineExecuted(1234567, 0, 0, 6, false)))
                .isEqualTo("1234567 GoroutineExecuted m=0 p=0 g=6 inheritTime=false");
    }

    @Test void enumsByNameLongsAndNegativeIds() {
        assertThat(EventText.line(new GoroutineParked(5, 1, 7, WaitReason.CHAN_RECEIVE)))
                .isEqualTo("5 GoroutineParked m=1 g=7 reason=CHAN_RECEIVE");
        assertThat(EventText.line(new NetpollBlocked(9, 2, -1)))
                .isEqualTo("9 NetpollBlocked m=2 timeoutNs=-1");
    }

    @Test void stringsAreQuotedAsGoQuotesThem() {
        assertThat(EventText.line(new OutputWritten(10, 1, 1, "hi \"there\"\n\t\\ é 世界\u0001\u007f\u200b")))
                .isEqualTo("10 OutputWritten g=1 fd=1 text=\"hi \\\"there\\\"\\n\\t\\\\ é 世界\\x01\\x7f\\u200b\"");
        assertThat(EventText.line(new GoroutineCreated(0, 0, 1, -1, "main.main")))
                .isEqualTo("0 GoroutineCreated m=0 g=1 parent=-1 function=\"main.main\"");
        assertThat(EventText.line(new ProgramExited(99, 2, "")))
                .isEqualTo("99 ProgramExited code=2 message=\"\"");
    }

    @Test void appendingReusesTheCallersBuffer() {
        StringBuilder sb = new StringBuilder("x ");
        EventText.append(sb, new TraceEvent.MachineCreated(3, 4));
        assertThat(sb).hasToString("x 3 MachineCreated m=4");
    }

    @Test void millionsOfLinesAreCheap() {
        StringBuilder sb = new StringBuilder();
        TraceEvent e = new GoroutineExecuted(1234567, 0, 0, 6, false);
        long start = System.nanoTime();
        for (int i = 0; i < 1_000_000; i++) {
            sb.setLength(0);
            EventText.append(sb, e);
        }
        assertThat(System.nanoTime() - start).as("1M lines in under 2 s").isLessThan(2_000_000_000L);
    }
}
