package dev.schedlab.model.vm;

/**
 * Operations of the time package's timers, executed by {@link Op#TIMER}. Operands are
 * listed as the stack before the instruction, results after. A timer is a pointer to a
 * struct whose field 0 is its channel {@code C} (nil for AfterFunc) and field 1 the
 * runtime's timer.
 */
public enum TimerOp {
    /** [d] -> [*Timer]  time.NewTimer */ NEW_TIMER(1),
    /** [d] -> [*Ticker]  time.NewTicker (panics if d &lt;= 0) */ NEW_TICKER(1),
    /** [d] -> [chan]  time.After */ AFTER(1),
    /** [d] -> [chan]  time.Tick (nil if d &lt;= 0) */ TICK(1),
    /** [d, f] -> [*Timer]  time.AfterFunc */ AFTER_FUNC(2),
    /** [*Timer] -> [bool]  Timer.Stop */ STOP(1),
    /** [*Timer, d] -> [bool]  Timer.Reset */ RESET(2),
    /** [*Ticker] -> []  Ticker.Stop */ TICKER_STOP(1),
    /** [*Ticker, d] -> []  Ticker.Reset (panics if d &lt;= 0) */ TICKER_RESET(2);

    private final int operands;

    TimerOp(int operands) { this.operands = operands; }

    public int operands() { return operands; }
}
