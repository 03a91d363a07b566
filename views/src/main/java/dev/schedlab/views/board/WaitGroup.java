package dev.schedlab.views.board;

import dev.schedlab.model.trace.WaitReason;
import dev.schedlab.views.text.ViewText;

/** The wait lanes of the board: wait reasons grouped the way a lesson talks about them. */
public enum WaitGroup {
    CHAN_RECEIVE("chan receive"),
    CHAN_SEND("chan send"),
    SELECT("select"),
    SLEEP("sleep"),
    MUTEX("mutex / cond"),
    SEMACQUIRE("semacquire / WaitGroup"),
    IO("IO wait"),
    RUNTIME("runtime (GC, finalizers…)");

    private final String title;

    WaitGroup(String title) { this.title = title; }

    /** The lane's title in English. */
    public String title() { return title; }

    /** The lane's title in the given words. */
    public String title(ViewText text) { return text.get("board.wait." + name()); }

    public static WaitGroup of(WaitReason reason) {
        return switch (reason) {
            case CHAN_RECEIVE, CHAN_RECEIVE_NIL_CHAN -> CHAN_RECEIVE;
            case CHAN_SEND, CHAN_SEND_NIL_CHAN -> CHAN_SEND;
            case SELECT, SELECT_NO_CASES -> SELECT;
            case SLEEP -> SLEEP;
            case SYNC_MUTEX_LOCK, SYNC_RWMUTEX_LOCK, SYNC_RWMUTEX_RLOCK, SYNC_COND_WAIT -> MUTEX;
            case SEMACQUIRE -> SEMACQUIRE;
            case IO_WAIT -> IO;
            default -> RUNTIME;
        };
    }
}
