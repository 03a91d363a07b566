package dev.schedlab.scenarios.scenario;

import dev.schedlab.scenarios.lang.Diagnostic;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed reads from SnakeYAML's node tree. Every mismatch becomes a diagnostic at the node's
 * line and column that says what was expected; reads return null then, so one pass over a
 * file reports all its problems.
 */
final class YamlReader {
    private final String fileName;
    private final List<Diagnostic> problems;

    YamlReader(String fileName, List<Diagnostic> problems) {
        this.fileName = fileName;
        this.problems = problems;
    }

    /**
     * The document's root node, or null after reporting malformed YAML or an empty file
     * ({@code expected}: what the file should hold at least, for that message).
     */
    Node document(String text, String expected) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(10);
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
            if (at == null) problems.add(new Diagnostic(fileName, 1, 1, "invalid YAML: " + problem + context));
            else error(at, "invalid YAML: " + problem + context);
            return null;
        } catch (YAMLException e) {
            problems.add(new Diagnostic(fileName, 1, 1, "invalid YAML: " + e.getMessage()));
            return null;
        }
        if (root == null) problems.add(new Diagnostic(fileName, 1, 1, "the file is empty: expected at least " + expected));
        return root;
    }

    void error(Node at, String message) { error(at.getStartMark(), message); }

    void error(Mark at, String message) {
        problems.add(new Diagnostic(fileName, at.getLine() + 1, at.getColumn() + 1, message));
    }

    /** The keys of a mapping with their value nodes; unknown and repeated keys are reported. */
    Map<String, Node> mapping(Node node, String what, Set<String> allowed) {
        if (!(node instanceof MappingNode m)) {
            error(node, "expected " + what + " (a mapping of " + String.join(", ", allowed) + "), found " + describe(node));
            return null;
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            Node keyNode = t.getKeyNode();
            String key = keyNode instanceof ScalarNode s ? s.getValue() : null;
            if (key == null || !allowed.contains(key)) {
                error(keyNode, "unknown key " + (key == null ? describe(keyNode) : "'" + key + "'") + " in " + what
                        + " (expected one of: " + String.join(", ", allowed) + ")");
            } else if (out.containsKey(key)) {
                error(keyNode, "duplicate key '" + key + "' in " + what);
            } else {
                out.put(key, t.getValueNode());
            }
        }
        return out;
    }

    List<Node> sequence(Node node, String what) {
        if (node instanceof SequenceNode s) return s.getValue();
        error(node, "expected " + what + " (a list of '- ' items), found " + describe(node));
        return List.of();
    }

    /** A required key's node, or null after reporting it missing at {@code owner}. */
    Node required(Map<String, Node> fields, String key, Node owner, String what) {
        Node n = fields.get(key);
        if (n == null) error(owner, what + " needs '" + key + "'");
        return n;
    }

    String text(Node node, String what) {
        if (node instanceof ScalarNode s && !s.getTag().equals(Tag.NULL) && !s.getValue().isBlank()) return s.getValue().strip();
        error(node, "expected " + what + " (text), found " + describe(node));
        return null;
    }

    Long integer(Node node, String what) {
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.INT)) {
            try {
                return Long.parseLong(s.getValue().replace("_", ""));
            } catch (NumberFormatException ignored) {
                // 0x10, 0o17 and out-of-range values fall through to the message below
            }
        }
        error(node, "expected " + what + " (a decimal integer), found " + describe(node));
        return null;
    }

    Boolean bool(Node node, String what) {
        if (node instanceof ScalarNode s && (s.getValue().equals("true") || s.getValue().equals("false"))) {
            return s.getValue().equals("true");
        }
        error(node, "expected " + what + " (true or false), found " + describe(node));
        return null;
    }

    static String describe(Node node) {
        if (node instanceof MappingNode) return "a mapping";
        if (node instanceof SequenceNode) return "a list";
        if (node instanceof ScalarNode s) return s.getTag().equals(Tag.NULL) || s.getValue().isEmpty() ? "nothing" : "'" + s.getValue() + "'";
        return "an alias";
    }
}
