package dev.schedlab.model.runtime;

/** sync.Once (sync/once.go): the done flag and the mutex concurrent callers of Do wait on. */
final class OnceState {
    boolean done;
    final MutexState m = new MutexState();
}
