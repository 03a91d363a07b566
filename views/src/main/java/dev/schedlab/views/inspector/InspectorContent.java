package dev.schedlab.views.inspector;

import dev.schedlab.model.inspect.ReportSection;

import java.util.List;

/**
 * What the inspector shows: a heading (what is inspected, and when) and titled sections. Built by
 * the app from the model's inspection; the view only lays it out. Immutable.
 */
public record InspectorContent(String heading, List<ReportSection> sections) {
    public static final InspectorContent EMPTY = new InspectorContent("", List.of());

    public InspectorContent { sections = List.copyOf(sections); }
}
