package dev.schedlab.app.window;

import dev.schedlab.app.i18n.Messages;
import dev.schedlab.app.playback.Playback;
import dev.schedlab.app.playback.RunProgress;
import dev.schedlab.views.charts.ChartTexts;
import dev.schedlab.views.charts.ChartsView;
import dev.schedlab.views.profile.FlameGraphView;
import dev.schedlab.views.timeline.TimelineView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import java.util.function.UnaryOperator;

/**
 * The window's lower area: Timeline (the default), Charts, Profile and schedtrace tabs. The charts,
 * the flame graph and the console follow the playhead. FX thread only.
 */
final class LowerTabs extends TabPane {
    private final ChartsView charts = new ChartsView();
    private final FlameGraphView flame = new FlameGraphView();
    private final SchedTraceConsole console;
    private final Playback playback;
    private dev.schedlab.app.playback.RunHistory shownHistory;
    private int shownReports = -1;

    LowerTabs(TimelineView timeline, Playback playback, Messages messages) {
        this.playback = playback;
        this.console = new SchedTraceConsole(playback, messages);
        setId("lower-tabs");
        charts.setId("charts");
        flame.setId("flame-graph");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        getTabs().addAll(tab("tab-timeline", "tabs.timeline", timeline, messages),
                tab("tab-charts", "tabs.charts", charts, messages),
                tab("tab-profile", "tabs.profile", flame, messages),
                tab("tab-schedtrace", "tabs.schedtrace", console, messages));
        texts(messages);
        messages.localeProperty().addListener((o, was, now) -> texts(messages));
        charts.playheadProperty().bindBidirectional(playback.playheadProperty());
        playback.progressProperty().addListener((o, was, p) -> update());
        playback.playheadProperty().addListener((o, was, now) -> update());
        getSelectionModel().selectedItemProperty().addListener((o, was, now) -> update());
    }

    private static Tab tab(String id, String key, javafx.scene.Node content, Messages messages) {
        Tab t = new Tab();
        t.setId(id);
        t.textProperty().bind(messages.text(key));
        t.setContent(content);
        return t;
    }

    private void texts(Messages messages) {
        UnaryOperator<String> t = key -> ChartTexts.keys().contains(key) ? messages.get(key) : ChartTexts.english(key);
        charts.setTexts(t);
        flame.setTexts(t);
    }

    /** Hands the views what they show at the playhead; only the visible tab's view is fed. */
    private void update() {
        RunProgress p = playback.progressProperty().get();
        if (p == null) return;
        long at = playback.playheadProperty().get();
        Tab selected = getSelectionModel().getSelectedItem();
        String id = selected == null ? "" : selected.getId();
        switch (id) {
            case "tab-charts" -> {
                charts.setProcessors((int) p.charts().series().stream().filter(s -> s.key().startsWith("runq.p")).count());
                charts.setData(p.charts());
                charts.setLatency(p.history().latencyAt(at));
            }
            case "tab-profile" -> flame.setProfile(p.history().profileAt(at));
            case "tab-schedtrace" -> {
                // rebuilt only when a report appears or disappears at the playhead, not every frame
                int n = p.history().reportsUpTo(at);
                if (p.history() == shownHistory && n == shownReports) return;
                shownHistory = p.history();
                shownReports = n;
                int from = Math.max(0, n - SchedTraceConsole.MAX_REPORTS);
                String text = p.history().schedtraceText(from, n);
                console.show(from == 0 ? text : String.format(console.earlierNote(), from) + "\n" + text);
            }
            default -> { }
        }
    }

    /** Selects the tab named {@code name} (one of {@link WindowChoices#LOWER_TABS}). */
    void show(String name) {
        int index = WindowChoices.LOWER_TABS.indexOf(name);
        if (index < 0) throw new IllegalArgumentException("no tab " + name);
        getSelectionModel().select(index);
    }

    ChartsView charts() { return charts; }

    FlameGraphView flameGraph() { return flame; }

    SchedTraceConsole console() { return console; }
}
