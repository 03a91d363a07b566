package dev.schedlab.app.window;

import dev.schedlab.app.i18n.Messages;
import dev.schedlab.app.playback.NarrationPoint;
import dev.schedlab.app.playback.Playback;
import dev.schedlab.app.playback.RunProgress;
import dev.schedlab.views.timeline.TimeAxis;
import javafx.scene.control.MenuButton;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Tooltip;

import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

import java.util.List;

/**
 * The scenario's chapters, in time order, to jump between: item n is also digit key n; the chapter
 * being read at the playhead is ticked. Disabled for a program without narration.
 */
final class ChapterMenu extends MenuButton {
    /** How much of a chapter's text an item shows. */
    static final int PREVIEW = 60;

    private List<NarrationPoint> shown = List.of();

    ChapterMenu(Playback playback, Messages messages) {
        setId("chapters");
        textProperty().bind(messages.text("chapters.menu"));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(messages.text("chapters.tooltip"));
        setTooltip(tip);
        setFocusTraversable(false);
        setGraphic(Icons.icon(MaterialDesignF.FORMAT_LIST_NUMBERED));
        playback.progressProperty().addListener((o, was, p) -> fill(playback, p));
        playback.playheadProperty().addListener((o, was, t) -> tick(t.longValue()));
        fill(playback, playback.progressProperty().get());
    }

    /** Ticks the chapter read at {@code time}: the last one starting at or before it. */
    private void tick(long time) {
        int current = -1;
        for (int i = 0; i < shown.size() && shown.get(i).time() <= time; i++) current = i;
        for (int i = 0; i < getItems().size(); i++) ((CheckMenuItem) getItems().get(i)).setSelected(i == current);
    }

    private void fill(Playback playback, RunProgress p) {
        List<NarrationPoint> points = p == null ? List.of() : p.narration();
        if (points.equals(shown)) return; // progress comes often; the chapters rarely change
        shown = points;
        getItems().clear();
        for (int i = 0; i < points.size(); i++) {
            int n = i + 1;
            NarrationPoint point = points.get(i);
            CheckMenuItem item = new CheckMenuItem(n + ".  " + TimeAxis.label(point.time()) + "  —  " + preview(point.text()));
            item.setId("chapter-" + n);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> {
                playback.jumpToChapter(n);
                tick(playback.playheadProperty().get()); // a click toggles the tick itself: put it back where it belongs
            });
            getItems().add(item);
        }
        setDisable(points.isEmpty());
        tick(playback.playheadProperty().get());
    }

    /** The start of a chapter's text, cut at a word. */
    static String preview(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= PREVIEW) return flat;
        int cut = flat.lastIndexOf(' ', PREVIEW);
        return flat.substring(0, cut > PREVIEW / 2 ? cut : PREVIEW) + " …";
    }
}
