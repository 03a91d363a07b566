package dev.schedlab.model.trace;

/**
 * Go 1.23's waitReason values (runtime/runtime2.go:waitReason), in order, with the
 * strings scheddetail and goroutine dumps print.
 */
public enum WaitReason {
    ZERO(""),
    GC_ASSIST_MARKING("GC assist marking"),
    IO_WAIT("IO wait"),
    CHAN_RECEIVE_NIL_CHAN("chan receive (nil chan)"),
    CHAN_SEND_NIL_CHAN("chan send (nil chan)"),
    DUMPING_HEAP("dumping heap"),
    GARBAGE_COLLECTION("garbage collection"),
    GARBAGE_COLLECTION_SCAN("garbage collection scan"),
    PANIC_WAIT("panicwait"),
    SELECT("select"),
    SELECT_NO_CASES("select (no cases)"),
    GC_ASSIST_WAIT("GC assist wait"),
    GC_SWEEP_WAIT("GC sweep wait"),
    GC_SCAVENGE_WAIT("GC scavenge wait"),
    CHAN_RECEIVE("chan receive"),
    CHAN_SEND("chan send"),
    FINALIZER_WAIT("finalizer wait"),
    FORCE_GC_IDLE("force gc (idle)"),
    SEMACQUIRE("semacquire"),
    SLEEP("sleep"),
    SYNC_COND_WAIT("sync.Cond.Wait"),
    SYNC_MUTEX_LOCK("sync.Mutex.Lock"),
    SYNC_RWMUTEX_RLOCK("sync.RWMutex.RLock"),
    SYNC_RWMUTEX_LOCK("sync.RWMutex.Lock"),
    TRACE_READER_BLOCKED("trace reader (blocked)"),
    WAIT_FOR_GC_CYCLE("wait for GC cycle"),
    GC_WORKER_IDLE("GC worker (idle)"),
    GC_WORKER_ACTIVE("GC worker (active)"),
    PREEMPTED("preempted"),
    DEBUG_CALL("debug call"),
    GC_MARK_TERMINATION("GC mark termination"),
    STOPPING_THE_WORLD("stopping the world"),
    FLUSHING_PROC_CACHES("flushing proc caches"),
    TRACE_GOROUTINE_STATUS("trace goroutine status"),
    TRACE_PROC_STATUS("trace proc status"),
    PAGE_TRACE_FLUSH("page trace flush"),
    COROUTINE("coroutine"),
    GC_WEAK_TO_STRONG_WAIT("GC weak to strong wait");

    private final String text;

    WaitReason(String text) { this.text = text; }

    /** The string Go prints for it. */
    public String text() { return text; }
}
