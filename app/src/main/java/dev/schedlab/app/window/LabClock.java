package dev.schedlab.app.window;

import dev.schedlab.app.playback.Playback;
import dev.schedlab.views.board.BoardView;
import javafx.animation.AnimationTimer;

/**
 * The window's only clock: each frame it advances the playback's playhead by the wall time elapsed
 * and gives the board the animation time its token glides are evaluated at.
 */
final class LabClock extends AnimationTimer {
    private final Playback playback;
    private final BoardView board;
    private long last = -1;

    LabClock(Playback playback, BoardView board) {
        this.playback = playback;
        this.board = board;
    }

    @Override public void handle(long now) {
        if (last >= 0) playback.tick(Math.min(0.1, (now - last) / 1e9)); // a stall does not leap the playhead
        last = now;
        board.setAnimationTime(now / 1e9);
    }
}
