package dev.schedlab.scenarios.scenario;

import dev.schedlab.scenarios.lang.Diagnostic;
import dev.schedlab.scenarios.lang.GoDuration;
import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A translation of scenario.yaml, in {@code scenario.LANG.yaml} beside it (LANG a language tag
 * such as {@code zh-CN}): the title, the description, every knob's label by its const, and every
 * chapter's text. Each chapter repeats its trigger, so a translator sees which paragraph is which
 * and a chapter added, dropped or moved in one file but not the other is reported. Settings
 * (GOMAXPROCS, seed, ranges, pauses) stay in scenario.yaml alone.
 */
record TranslationFile(String language, String title, String description, Map<String, String> knobLabels,
                       List<String> chapterTexts) {
    private static final Pattern NAME = Pattern.compile("scenario\\.([^.]+)\\.yaml");
    private static final Set<String> TOP = new LinkedHashSet<>(List.of("title", "description", "knobs", "chapters"));
    private static final Set<String> CHAPTER = new LinkedHashSet<>(List.of("at", "first", "text"));

    /** The language tag a file name such as {@code scenario.zh-CN.yaml} names, or null for any other file. */
    static String languageOf(String fileName) {
        Matcher m = NAME.matcher(fileName);
        return m.matches() ? m.group(1) : null;
    }

    /** Whether {@code tag} is a well-formed language tag, written as Java writes it back ({@code zh-CN}, not {@code zh_CN}). */
    static boolean isLanguageTag(String tag) {
        Locale l = Locale.forLanguageTag(tag);
        return !l.getLanguage().isEmpty() && l.toLanguageTag().equals(tag);
    }

    /** Parses and checks {@code text} against the scenario it translates; null when there were problems. */
    static TranslationFile parse(String fileName, String text, ScenarioFile original, List<Diagnostic> problems) {
        String language = languageOf(fileName);
        if (language == null || !isLanguageTag(language)) {
            problems.add(new Diagnostic(fileName, 1, 1, "a translation's name must be scenario.LANG.yaml with LANG a language tag such as zh-CN"));
            return null;
        }
        if (language.equals(Scenario.ORIGINAL_LANGUAGE)) {
            problems.add(new Diagnostic(fileName, 1, 1, "scenario.yaml itself is the English text: no translation file for 'en'"));
            return null;
        }
        YamlReader in = new YamlReader(fileName, problems);
        Node root = in.document(text, "'title' and 'description'");
        if (root == null) return null;
        int before = problems.size();
        TranslationFile file = read(in, root, language, original);
        return problems.size() == before ? file : null;
    }

    private static TranslationFile read(YamlReader in, Node root, String language, ScenarioFile original) {
        Map<String, Node> top = in.mapping(root, "a translation", TOP);
        if (top == null) return null;
        Node titleNode = in.required(top, "title", root, "a translation");
        Node descriptionNode = in.required(top, "description", root, "a translation");
        String title = titleNode == null ? null : in.text(titleNode, "the translated title");
        String description = descriptionNode == null ? null : in.text(descriptionNode, "the translated description");
        Map<String, String> labels = knobLabels(in, root, top.get("knobs"), original);
        List<String> texts = chapterTexts(in, root, top.get("chapters"), original);
        return new TranslationFile(language, FoldedCjk.unfold(title), FoldedCjk.unfold(description), labels, texts);
    }

    /** {@code knobs:} maps each knob's const to its label; every knob of scenario.yaml needs one. */
    private static Map<String, String> knobLabels(YamlReader in, Node root, Node node, ScenarioFile original) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (original.knobs().isEmpty() && node == null) return labels;
        Set<String> consts = new LinkedHashSet<>();
        original.knobs().forEach(k -> consts.add(k.knob().constName()));
        if (node == null) {
            in.error(root, "a translation needs 'knobs': the label of each knob by its const (" + String.join(", ", consts) + ")");
            return labels;
        }
        Map<String, Node> given = in.mapping(node, "the knobs' labels by const", consts);
        if (given == null) return labels;
        for (String c : consts) {
            Node label = given.get(c);
            if (label == null) in.error(node, "missing the label of knob " + c);
            else {
                String text = in.text(label, "the label of knob " + c);
                if (text != null) labels.put(c, FoldedCjk.unfold(text));
            }
        }
        return labels;
    }

    /** {@code chapters:} the same chapters as scenario.yaml, in its order and with its triggers, each with its text. */
    private static List<String> chapterTexts(YamlReader in, Node root, Node node, ScenarioFile original) {
        List<String> texts = new ArrayList<>();
        List<Chapter> expected = original.chapters();
        if (expected.isEmpty() && node == null) return texts;
        if (node == null) {
            in.error(root, "a translation needs 'chapters': scenario.yaml has " + expected.size());
            return texts;
        }
        List<Node> items = in.sequence(node, "chapters");
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            Map<String, Node> f = in.mapping(item, "a chapter", CHAPTER);
            if (f == null) continue;
            Chapter.Trigger trigger = ScenarioFile.trigger(in, item, f);
            Node textNode = in.required(f, "text", item, "a chapter");
            String text = textNode == null ? null : in.text(textNode, "the narration");
            if (i >= expected.size()) {
                in.error(item, "scenario.yaml has only " + expected.size() + " chapters: this one translates none of them");
                continue;
            }
            Chapter.Trigger want = expected.get(i).trigger();
            if (trigger != null && !trigger.equals(want)) {
                in.error(f.containsKey("at") ? f.get("at") : f.get("first"),
                        "chapter " + (i + 1) + " of scenario.yaml starts " + describe(want) + ", this one " + describe(trigger));
            }
            texts.add(FoldedCjk.unfold(text));
        }
        if (items.size() < expected.size()) {
            in.error(node, "scenario.yaml has " + expected.size() + " chapters, this translation " + items.size());
        }
        return texts;
    }

    private static String describe(Chapter.Trigger t) {
        if (t instanceof Chapter.AtTime at) return "at " + GoDuration.format(at.nanos());
        return "at the first " + ((Chapter.FirstEvent) t).eventType();
    }
}
