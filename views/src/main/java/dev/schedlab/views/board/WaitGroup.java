package dev.schedlab.views.board;

import dev.schedlab.model.trace.WaitReason;

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

    public String title() { return title; }

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
