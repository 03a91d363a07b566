package dev.schedlab.scenarios.scenario;

import dev.schedlab.model.trace.TraceEvent;
import dev.schedlab.scenarios.lang.Diagnostic;
import dev.schedlab.scenarios.lang.GoDuration;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The contents of one {@code scenario.yaml}, checked field by field (see SCENARIOS.md). Knobs
 * keep their source positions so that the loader can point at them when main.go disagrees.
 */
record ScenarioFile(String title, String description, OptionalInt gomaxprocs, long seed,
                    List<PlacedKnob> knobs, List<Chapter> chapters) {
    static final int MAX_PROCS = 1024;
    private static final Set<String> TOP = new LinkedHashSet<>(List.of("title", "description", "gomaxprocs", "seed", "knobs", "chapters"));
    private static final Set<String> KNOB = new LinkedHashSet<>(List.of("const", "label", "min", "max", "default"));
    private static final Set<String> CHAPTER = new LinkedHashSet<>(List.of("at", "first", "text", "pause"));
    private static final Set<String> EVENT_TYPES = Arrays.stream(TraceEvent.class.getPermittedSubclasses())
            .map(Class::getSimpleName).collect(Collectors.toCollection(java.util.TreeSet::new));

    /** A knob with the positions of its {@code const} and {@code default} values in the file. */
    record PlacedKnob(Knob knob, Mark constAt, Mark defaultAt) {}

    /** Parses {@code text}; returns null when there were problems (all added to {@code problems}). */
    static ScenarioFile parse(String fileName, String text, List<Diagnostic> problems) {
        YamlReader in = new YamlReader(fileName, problems);
        Node root = in.document(text, "'title' and 'description'");
        if (root == null) return null;
        int before = problems.size();
        ScenarioFile file = read(in, root);
        return problems.size() == before ? file : null;
    }

    private static ScenarioFile read(YamlReader in, Node root) {
        Map<String, Node> top = in.mapping(root, "a scenario", TOP);
        if (top == null) return null;
        Node titleNode = in.required(top, "title", root, "a scenario");
        Node descriptionNode = in.required(top, "description", root, "a scenario");
        String title = titleNode == null ? null : in.text(titleNode, "a title");
        String description = descriptionNode == null ? null : in.text(descriptionNode, "a description");
        OptionalInt gomaxprocs = OptionalInt.empty();
        if (top.containsKey("gomaxprocs")) {
            Long n = in.integer(top.get("gomaxprocs"), "GOMAXPROCS");
            if (n != null && (n < 1 || n > MAX_PROCS)) in.error(top.get("gomaxprocs"), "gomaxprocs must be between 1 and " + MAX_PROCS + ", got " + n);
            else if (n != null) gomaxprocs = OptionalInt.of(n.intValue());
        }
        long seed = Scenario.DEFAULT_SEED;
        if (top.containsKey("seed")) {
            Long s = in.integer(top.get("seed"), "a seed");
            if (s != null) seed = s;
        }
        List<PlacedKnob> knobs = new ArrayList<>();
        if (top.containsKey("knobs")) {
            for (Node k : in.sequence(top.get("knobs"), "knobs")) {
                PlacedKnob knob = knob(in, k);
                if (knob == null) continue;
                if (knobs.stream().anyMatch(o -> o.knob().constName().equals(knob.knob().constName()))) {
                    in.error(knob.constAt(), "a second knob for const " + knob.knob().constName());
                }
                knobs.add(knob);
            }
        }
        List<Chapter> chapters = new ArrayList<>();
        if (top.containsKey("chapters")) {
            for (Node c : in.sequence(top.get("chapters"), "chapters")) {
                Chapter chapter = chapter(in, c);
                if (chapter != null) chapters.add(chapter);
            }
        }
        return new ScenarioFile(title, description, gomaxprocs, seed, knobs, chapters);
    }

    private static PlacedKnob knob(YamlReader in, Node node) {
        Map<String, Node> f = in.mapping(node, "a knob", KNOB);
        if (f == null) return null;
        Node constNode = in.required(f, "const", node, "a knob");
        Node labelNode = in.required(f, "label", node, "a knob");
        Node minNode = in.required(f, "min", node, "a knob");
        Node maxNode = in.required(f, "max", node, "a knob");
        Node defaultNode = in.required(f, "default", node, "a knob");
        if (constNode == null || labelNode == null || minNode == null || maxNode == null || defaultNode == null) return null;
        String name = in.text(constNode, "the name of a const in main.go");
        String label = in.text(labelNode, "a label");
        Long min = in.integer(minNode, "the knob's minimum");
        Long max = in.integer(maxNode, "the knob's maximum");
        Long value = in.integer(defaultNode, "the knob's default");
        if (name == null || label == null || min == null || max == null || value == null) return null;
        if (min > max) {
            in.error(maxNode, "max " + max + " is below min " + min);
            return null;
        }
        if (value < min || value > max) {
            in.error(defaultNode, "default " + value + " is outside " + min + ".." + max);
            return null;
        }
        return new PlacedKnob(new Knob(name, label, min, max, value), constNode.getStartMark(), defaultNode.getStartMark());
    }

    private static Chapter chapter(YamlReader in, Node node) {
        Map<String, Node> f = in.mapping(node, "a chapter", CHAPTER);
        if (f == null) return null;
        Chapter.Trigger trigger = trigger(in, node, f);
        if (trigger == null && f.containsKey("at") == f.containsKey("first")) return null;
        Node textNode = in.required(f, "text", node, "a chapter");
        String text = textNode == null ? null : in.text(textNode, "the narration");
        Boolean pause = f.containsKey("pause") ? in.bool(f.get("pause"), "pause") : Boolean.FALSE;
        if (trigger == null || text == null || pause == null) return null;
        return new Chapter(trigger, text, pause);
    }

    /** A chapter's 'at' or 'first' (exactly one of them), or null after reporting why not. */
    static Chapter.Trigger trigger(YamlReader in, Node chapter, Map<String, Node> f) {
        if (f.containsKey("at") == f.containsKey("first")) {
            in.error(chapter, "a chapter needs exactly one of 'at' (a simulated time such as 2ms) or 'first' (an event type such as Stolen)");
            return null;
        }
        return f.containsKey("at") ? time(in, f.get("at")) : firstEvent(in, f.get("first"));
    }

    private static Chapter.Trigger time(YamlReader in, Node node) {
        String text = in.text(node, "a simulated time");
        if (text == null) return null;
        try {
            long nanos = GoDuration.parseNanos(text);
            if (nanos >= 0) return new Chapter.AtTime(nanos);
            in.error(node, "expected a simulated time of 0 or more, found " + text);
        } catch (IllegalArgumentException e) {
            in.error(node, e.getMessage());
        }
        return null;
    }

    private static Chapter.Trigger firstEvent(YamlReader in, Node node) {
        String name = in.text(node, "an event type");
        if (name == null) return null;
        if (EVENT_TYPES.contains(name)) return new Chapter.FirstEvent(name);
        in.error(node, "unknown event type '" + name + "' (expected one of: " + String.join(", ", EVENT_TYPES) + ")");
        return null;
    }
}
