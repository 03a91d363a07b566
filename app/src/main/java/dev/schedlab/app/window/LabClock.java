package dev.schedlab.app.window;

import dev.schedlab.app.playback.Playback;
import dev.schedlab.app.playback.RunProgress;
import dev.schedlab.views.board.BoardView;
import javafx.animation.AnimationTimer;

/**
 * The window's only clock: each frame it advances the playback's playhead by the wall time elapsed
 * and gives the board the animation time its token glides are evaluated at. With the environment
 * variable {@code SCHEDLAB_FRAME_STATS=1} it counts the gaps between frames (how responsive the
 * window stayed) and prints the totals so far to stderr every five seconds.
 */
final class LabClock extends AnimationTimer {
    private final Playback playback;
    private final BoardView board;
    private final boolean stats = "1".equals(System.getenv("SCHEDLAB_FRAME_STATS"));
    private long last = -1;
    private long frames, slowFrames, longestGap, lastReport;

    LabClock(Playback playback, BoardView board) {
        this.playback = playback;
        this.board = board;
    }

    @Override public void handle(long now) {
        if (last >= 0) playback.tick(Math.min(0.1, (now - last) / 1e9)); // a stall does not leap the playhead
        if (stats && last >= 0) count(now, now - last);
        last = now;
        board.setAnimationTime(now / 1e9);
    }

    private void count(long now, long gap) {
        frames++;
        if (gap > 100_000_000) slowFrames++;
        longestGap = Math.max(longestGap, gap);
        if (now - lastReport >= 5_000_000_000L) {
            lastReport = now;
            RunProgress p = playback.progressProperty().get();
            System.err.printf("frames: %d, over 100 ms: %d, longest gap: %.1f ms, events computed: %d%n",
                    frames, slowFrames, longestGap / 1e6, p == null ? 0 : p.eventCount());
        }
    }
}
