package dev.schedlab.app.inspect;

import dev.schedlab.model.inspect.GoroutineInspection;
import dev.schedlab.model.inspect.InspectionReport;
import dev.schedlab.model.inspect.Inspector;
import dev.schedlab.model.inspect.MachineInspection;
import dev.schedlab.model.inspect.ProcessorInspection;
import dev.schedlab.model.inspect.ReportSection;
import dev.schedlab.model.trace.EventText;
import dev.schedlab.views.inspector.InspectorContent;

import java.util.ArrayList;
import java.util.List;

/**
 * What the window's inspector shows for a moment: the selected goroutine, then the M running it and
 * that M's P; with no goroutine selected, the M that did the last event (so stepping shows each
 * g0 switch) and its P. The same sections as {@code schedlab inspect}.
 */
public final class InspectorContents {
    private InspectorContents() {}

    /** Words the heading is made of, in the window's language. */
    public interface Heading {
        /** The heading for {@code subject} (g5, M0) after {@code events} events, the last described by {@code lastEvent}. */
        String of(String subject, long events, String lastEvent);

        /** What to call a selected goroutine that does not exist at the moment. */
        String gone(String goroutine);
    }

    public static InspectorContent of(Inspector in, int goid, Heading words) {
        List<ReportSection> sections = new ArrayList<>();
        long now = in.moment().detail().time();
        int m = in.lastEventMachine();
        String subject = "";
        if (goid >= 0) {
            GoroutineInspection g = in.goroutine(goid);
            if (g != null) {
                sections.addAll(InspectionReport.goroutine(g, now));
                if (g.machine() >= 0) m = g.machine(); // else the M of the last event: the one that parked it, say
                subject = "g" + goid;
            } else {
                subject = words.gone("g" + goid);
            }
        }
        MachineInspection mi = m >= 0 ? in.machine(m) : null;
        if (mi != null) {
            sections.addAll(InspectionReport.machine(mi));
            if (subject.isEmpty()) subject = "M" + m;
            ProcessorInspection p = mi.p() >= 0 ? in.processor(mi.p()) : null;
            if (p != null) sections.addAll(InspectionReport.processor(p));
        }
        String last = in.moment().lastEvent() == null ? "" : EventText.line(in.moment().lastEvent());
        String heading = words.of(subject, in.moment().events(), last);
        return new InspectorContent(heading, sections);
    }
}
