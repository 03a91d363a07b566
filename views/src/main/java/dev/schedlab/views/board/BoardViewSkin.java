package dev.schedlab.views.board;

import dev.schedlab.model.record.WorldSnapshot;
import dev.schedlab.model.trace.PStatus;
import dev.schedlab.views.paint.CanvasPainter;
import dev.schedlab.views.paint.Painter;
import dev.schedlab.views.text.ViewText;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Paint;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * Paints a {@link BoardView} on one Canvas from the {@link BoardLayout} its {@link BoardViewModel}
 * computes: no node per goroutine, so the cost depends on the (bounded) number of drawn items only.
 * Repaints when the snapshot, the size or the colours change, and on animation ticks while a glide runs.
 */
public class BoardViewSkin extends SkinBase<BoardView> {
    /** A step bigger than this many events is a jump: tokens move at once instead of gliding. */
    static final long GLIDE_MAX_EVENTS = 400;

    private final Canvas canvas = new Canvas();
    private final FontCache fonts = new FontCache();
    private final BoardViewModel model = new BoardViewModel();
    private final TokenAnimator animator = new TokenAnimator();
    private final NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.ROOT);
    private BoardLayout layout;
    private WorldSnapshot laidOut;
    private double lastPaintTime;
    private final Tooltip tooltip = new Tooltip();
    private int hovered = -1;

    public BoardViewSkin(BoardView board) {
        super(board);
        getChildren().add(canvas);
        tooltip.setShowDelay(Duration.millis(150));
        tooltip.getStyleClass().add("goroutine-tooltip");
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(Double.NaN, Double.NaN));
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            Token t = layout == null ? null : layout.tokenAt(e.getX(), e.getY());
            board.selectedGoroutineProperty().set(t == null ? -1 : t.goid());
        });
        registerChangeListener(board.selectedGoroutineProperty(), o -> paint());
        registerChangeListener(board.snapshotProperty(), o -> relayout(true));
        registerChangeListener(board.viewTextProperty(), o -> relayout(false));
        // Repaints while the last paint caught a token mid-glide, so the final position is painted too.
        registerChangeListener(board.animationTimeProperty(), o -> {
            if (animator.moving(lastPaintTime)) paint();
        });
        for (var colour : List.of(board.runningColorProperty(), board.runnableColorProperty(), board.waitingColorProperty(),
                board.syscallColorProperty(), board.spinningColorProperty(), board.stoppedColorProperty(),
                board.idleColorProperty(), board.cardColorProperty(), board.slotColorProperty(),
                board.textColorProperty(), board.mutedTextColorProperty(), board.tokenTextColorProperty())) {
            registerChangeListener(colour, o -> paint());
        }
    }

    /** Shows the hovered goroutine's tooltip (goid, status, wait reason, place, since when), or none. */
    private void hover(double x, double y) {
        Token t = layout == null || Double.isNaN(x) ? null : layout.tokenAt(x, y);
        WorldSnapshot s = getSkinnable().getSnapshot();
        int goid = t == null || s == null ? -1 : t.goid();
        if (goid == hovered) return;
        hovered = goid;
        if (goid < 0 || s.goroutine(goid).isEmpty()) {
            Tooltip.uninstall(canvas, tooltip);
            tooltip.hide();
            return;
        }
        tooltip.setText(GoroutineTooltipText.of(s.goroutine(goid).get(), s.time(), words()));
        Tooltip.install(canvas, tooltip);
    }

    /** The layout last painted (for tests and exports). */
    public BoardLayout layout() { return layout; }

    @Override protected void layoutChildren(double x, double y, double w, double h) {
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            relayout(false);
        }
        canvas.relocate(x, y);
    }

    @Override protected double computePrefWidth(double height, double top, double right, double bottom, double left) { return 900; }

    @Override protected double computePrefHeight(double width, double top, double right, double bottom, double left) { return 560; }

    @Override protected double computeMinWidth(double height, double top, double right, double bottom, double left) { return 200; }

    @Override protected double computeMinHeight(double width, double top, double right, double bottom, double left) { return 150; }

    private void relayout(boolean snapshotChanged) {
        WorldSnapshot s = getSkinnable().getSnapshot();
        if (s == null || canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            layout = null;
            paint();
            return;
        }
        layout = model.layout(s, canvas.getWidth(), canvas.getHeight(), words());
        boolean smallStep = snapshotChanged && laidOut != null
                && Math.abs(s.eventIndex() - laidOut.eventIndex()) <= GLIDE_MAX_EVENTS;
        if (smallStep) animator.retarget(layout.tokens(), getSkinnable().getAnimationTime(), getSkinnable().getGlideDuration());
        else animator.jump(layout.tokens());
        laidOut = s;
        refreshTooltip(s);
        paint();
    }

    /** A new moment: the hovered goroutine's tooltip tells its new state, or goes if it died. */
    private void refreshTooltip(WorldSnapshot s) {
        if (hovered < 0) return;
        var g = s.goroutine(hovered);
        if (g.isPresent()) {
            tooltip.setText(GoroutineTooltipText.of(g.get(), s.time(), words()));
        } else {
            hovered = -1;
            Tooltip.uninstall(canvas, tooltip);
            tooltip.hide();
        }
    }

    private void paint() {
        Painter g = new CanvasPainter(canvas.getGraphicsContext2D());
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (layout == null) return;
        lastPaintTime = getSkinnable().getAnimationTime();
        paint(g, layout, animator.tokensAt(lastPaintTime));
    }

    /**
     * Paints the board's snapshot into {@code g} as a board of this size shows it, every token at
     * rest (no glide): what an export draws, on any {@link Painter}, whatever the window's size.
     */
    public void paint(Painter g, double width, double height) {
        WorldSnapshot s = getSkinnable().getSnapshot();
        if (s == null || width <= 0 || height <= 0) return;
        BoardLayout l = model.layout(s, width, height, words());
        paint(g, l, l.tokens());
    }

    private void paint(Painter g, BoardLayout l, List<Token> tokens) {
        BoardView b = getSkinnable();
        for (ProcessorCard card : l.cards()) paintCard(g, card);
        paintLane(g, l.globalQueue());
        paintThreads(g, l);
        paintLane(g, l.syscalls());
        for (Lane lane : l.waitLanes()) paintLane(g, lane);
        int selected = b.selectedGoroutineProperty().get();
        for (Token t : tokens) {
            paintToken(g, t);
            if (t.goid() == selected) paintSelection(g, t);
        }
        paintLegend(g, l);
        if (!l.banner().isEmpty()) paintBanner(g, l);
    }

    private void paintCard(Painter g, ProcessorCard c) {
        BoardView b = getSkinnable();
        double u = c.unit();
        boolean idle = c.status() == PStatus.IDLE;
        g.setGlobalAlpha(idle ? 0.55 : 1);
        g.setFill(b.cardColorProperty().get());
        g.fillRoundRect(c.x(), c.y(), c.width(), c.height(), u * 0.5, u * 0.5);
        g.setStroke(statusColor(c.status()));
        g.setLineWidth(Math.max(1.5, u * 0.08));
        g.strokeRoundRect(c.x(), c.y(), c.width(), c.height(), u * 0.5, u * 0.5);

        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(b.textColorProperty().get());
        g.setFont(fonts.bold(Math.max(9, u * 0.6)));
        g.fillText("P" + c.id(), c.x() + 0.3 * u, c.y() + 0.6 * u);
        boolean detailed = u >= 16;
        if (detailed) {
            g.setFill(statusColor(c.status()));
            g.setFont(fonts.bold(u * 0.4));
            g.fillText(words().get("board.pstatus." + c.status().name()), c.x() + 1.75 * u, c.y() + 0.62 * u);
            g.setFill(b.mutedTextColorProperty().get());
            g.setFont(fonts.regular(u * 0.3));
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(words().get("board.card.running"), c.runSlot().x(), c.y() + 1.42 * u);
            g.fillText(words().get("board.card.runnext"), c.runnextSlot().x(), c.y() + 1.42 * u);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(words().get("board.card.local", numbers.format(c.localCount())), c.x() + 0.35 * u, c.y() + 3.55 * u);

            double tx = c.x() + 4.1 * u;
            g.setFill(c.mSpinning() ? b.spinningColorProperty().get() : b.textColorProperty().get());
            g.setFont(fonts.bold(u * 0.48));
            g.fillText(c.m() < 0 ? words().get("board.card.noM")
                    : words().get(c.mSpinning() ? "board.card.mSpinning" : "board.card.m", Integer.toString(c.m())), tx, c.y() + 1.75 * u);
            g.setFill(b.mutedTextColorProperty().get());
            g.setFont(fonts.regular(u * 0.36));
            g.fillText(words().get("board.card.schedtick", numbers.format(c.schedtick())), tx, c.y() + 2.4 * u);
            g.fillText(words().get("board.card.timers", Integer.toString(c.timers())), tx, c.y() + 2.95 * u);
        }
        // Outlines only for empty places: stroked circles are the software pipeline's dearest shape.
        g.setStroke(b.slotColorProperty().get());
        g.setLineWidth(1);
        if (c.runFree() && c.markWorker()) paintMarkWorker(g, c.runSlot());
        else if (c.runFree()) strokeSlot(g, c.runSlot());
        if (c.runnextFree()) strokeSlot(g, c.runnextSlot());
        for (int i = Math.min(c.localCount(), c.localSlots().size()); i < c.localSlots().size(); i++) strokeSlot(g, c.localSlots().get(i));
        if (c.hiddenLocal() > 0) {
            Slot last = c.localSlots().get(c.localSlots().size() - 1);
            g.setFill(b.textColorProperty().get());
            g.setFont(fonts.bold(Math.max(8, u * 0.34)));
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText("+" + numbers.format(c.hiddenLocal()), last.x() + 0.25 * u, last.y());
        }
        g.setGlobalAlpha(1);
    }

    private void paintLane(Painter g, Lane lane) {
        BoardView b = getSkinnable();
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(b.textColorProperty().get());
        g.setFont(fonts.bold(14));
        g.fillText(lane.title() + "  " + numbers.format(lane.total()), lane.x(), lane.y() + BoardViewModel.TITLE_HEIGHT / 2);
        if (lane.hidden() > 0) {
            g.setTextAlign(TextAlignment.RIGHT);
            g.setFill(b.mutedTextColorProperty().get());
            g.fillText(words().get("board.lane.more", numbers.format(lane.hidden())), lane.x() + lane.width() - 4, lane.y() + BoardViewModel.TITLE_HEIGHT / 2);
        }
        g.setStroke(b.slotColorProperty().get());
        g.setLineWidth(1);
        g.strokeLine(lane.x(), lane.y() + BoardViewModel.TITLE_HEIGHT - 2, lane.x() + lane.width() - 4, lane.y() + BoardViewModel.TITLE_HEIGHT - 2);
    }

    private void paintThreads(Painter g, BoardLayout layout) {
        BoardView b = getSkinnable();
        double x = layout.globalQueue().x(), y = layout.threadsTitleY() + BoardViewModel.TITLE_HEIGHT / 2;
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(b.textColorProperty().get());
        g.setFont(fonts.bold(14));
        int threads = layout.threads().size() + layout.hiddenThreads();
        String idle = layout.idleProcessors().isEmpty() ? words().get("board.idlePs.none") : idleList(layout.idleProcessors());
        g.fillText(words().get("board.threads", Integer.toString(threads)), x, y);
        g.setFill(b.mutedTextColorProperty().get());
        g.setFont(fonts.regular(13));
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(words().get("board.idlePs", idle), layout.globalQueue().x() + layout.globalQueue().width() - 4, y);
        g.setTextAlign(TextAlignment.CENTER);
        for (ThreadChip chip : layout.threads()) {
            g.setFill(chipColor(chip.state()));
            g.fillRoundRect(chip.x(), chip.y(), chip.width(), chip.height(), 8, 8);
            g.setFill(b.tokenTextColorProperty().get());
            g.setFont(fonts.bold(Math.min(14, chip.height() * 0.55)));
            g.fillText("M" + chip.id(), chip.x() + chip.width() / 2, chip.y() + chip.height() / 2);
        }
        if (layout.hiddenThreads() > 0 && !layout.threads().isEmpty()) {
            ThreadChip last = layout.threads().get(layout.threads().size() - 1);
            g.setFill(b.textColorProperty().get());
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText("+" + layout.hiddenThreads(), last.x() + last.width() + 8, last.y() + last.height() / 2);
        }
    }

    private static String idleList(List<Integer> ps) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ps.size() && i < 6; i++) sb.append(i == 0 ? "" : " ").append('P').append(ps.get(i));
        if (ps.size() > 6) sb.append(" +").append(ps.size() - 6);
        return sb.toString();
    }

    private void paintToken(Painter g, Token t) {
        double r = t.size() / 2;
        g.setFill(tokenColor(t.kind()));
        g.fillOval(t.x() - r, t.y() - r, t.size(), t.size());
        if (t.size() >= 15) {
            String label = Integer.toString(t.goid());
            double fit = t.size() * (label.length() <= 2 ? 0.5 : label.length() == 3 ? 0.4 : 0.3);
            g.setFill(getSkinnable().tokenTextColorProperty().get());
            g.setFont(fonts.bold(fit));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(label, t.x(), t.y());
        }
    }

    /** A ring around the selected goroutine's token, in the text colour so it shows on every status colour. */
    private void paintSelection(Painter g, Token t) {
        double gap = Math.max(2, t.size() * 0.12);
        double d = t.size() + 2 * gap;
        g.setStroke(getSkinnable().textColorProperty().get());
        g.setLineWidth(Math.max(2, t.size() * 0.08));
        g.strokeOval(t.x() - d / 2, t.y() - d / 2, d, d);
    }

    private void paintLegend(Painter g, BoardLayout layout) {
        BoardView b = getSkinnable();
        double y = layout.height() - BoardViewModel.LEGEND_HEIGHT / 2 - 4;
        double x = BoardViewModel.PAD;
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(fonts.regular(14));
        GoroutineCounts n = layout.counts();
        x = legendItem(g, x, y, b.runningColorProperty().get(), words().get("board.legend.running", numbers.format(n.running())));
        x = legendItem(g, x, y, b.runnableColorProperty().get(), words().get("board.legend.runnable", numbers.format(n.runnable())));
        x = legendItem(g, x, y, b.waitingColorProperty().get(), words().get("board.legend.waiting", numbers.format(n.waiting())));
        x = legendItem(g, x, y, b.syscallColorProperty().get(), words().get("board.legend.syscall", numbers.format(n.syscall())));
        x = legendItem(g, x + 24, y, b.spinningColorProperty().get(), words().get("board.legend.spinning"));
        legendItem(g, x, y, b.idleColorProperty().get(), words().get("board.legend.idle"));
    }

    private double legendItem(Painter g, double x, double y, Paint colour, String text) {
        g.setFill(colour);
        g.fillOval(x, y - 7, 14, 14);
        g.setFill(getSkinnable().textColorProperty().get());
        g.fillText(text, x + 19, y);
        return x + 19 + textWidth(text) + 18;
    }

    private ViewText words() { return getSkinnable().getViewText(); }

    /** About the width of the legend's 14 px text: Chinese characters are square, twice a Latin letter. */
    static double textWidth(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) w += Character.isIdeographic(text.codePointAt(i)) || text.charAt(i) >= '\u3000' ? 14.5 : 7.6;
        return w;
    }

    private void paintBanner(Painter g, BoardLayout layout) {
        // Red while the world stops or is stopped; the waiting colour while the GC runs beside the program.
        g.setFill(layout.worldStopping() ? getSkinnable().stoppedColorProperty().get() : getSkinnable().waitingColorProperty().get());
        g.fillRoundRect(BoardViewModel.PAD, 6, layout.width() - 2 * BoardViewModel.PAD, BoardViewModel.BANNER_HEIGHT - 8, 10, 10);
        g.setFill(getSkinnable().tokenTextColorProperty().get());
        g.setFont(fonts.bold(20));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(layout.banner(), layout.width() / 2, 6 + (BoardViewModel.BANNER_HEIGHT - 8) / 2);
    }

    /** The GC's mark worker in a P's run slot: it runs there instead of a goroutine of the program. */
    private void paintMarkWorker(Painter g, Slot s) {
        double r = s.size() / 2;
        g.setFill(getSkinnable().waitingColorProperty().get());
        g.fillRoundRect(s.x() - r, s.y() - r, s.size(), s.size(), r * 0.6, r * 0.6);
        if (s.size() >= 15) {
            g.setFill(getSkinnable().tokenTextColorProperty().get());
            g.setFont(fonts.bold(s.size() * 0.36));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("GC", s.x(), s.y());
        }
    }

    private static void strokeSlot(Painter g, Slot s) {
        double r = s.size() / 2;
        g.strokeOval(s.x() - r, s.y() - r, s.size(), s.size());
    }

    private Paint statusColor(PStatus status) {
        BoardView b = getSkinnable();
        return switch (status) {
            case RUNNING -> b.runningColorProperty().get();
            case SYSCALL -> b.syscallColorProperty().get();
            case GCSTOP -> b.stoppedColorProperty().get();
            case IDLE, DEAD -> b.idleColorProperty().get();
        };
    }

    private Paint tokenColor(TokenKind kind) {
        BoardView b = getSkinnable();
        return switch (kind) {
            case RUNNING -> b.runningColorProperty().get();
            case RUNNABLE -> b.runnableColorProperty().get();
            case WAITING -> b.waitingColorProperty().get();
            case SYSCALL -> b.syscallColorProperty().get();
        };
    }

    private Paint chipColor(ThreadChip.ThreadState state) {
        BoardView b = getSkinnable();
        return switch (state) {
            case RUNNING -> b.runningColorProperty().get();
            case SPINNING -> b.spinningColorProperty().get();
            case SYSCALL -> b.syscallColorProperty().get();
            case NETPOLL -> b.waitingColorProperty().get();
            case IDLE -> b.idleColorProperty().get();
            case SCHEDULING -> b.runnableColorProperty().get();
        };
    }
}
