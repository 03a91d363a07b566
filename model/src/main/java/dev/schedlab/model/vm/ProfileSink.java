package dev.schedlab.model.vm;

/** Receives the program's own CPU time, frame by frame, for the simulated CPU profile. */
public interface ProfileSink {
    /** {@code ns} of the program's code ran with {@code frame} innermost. */
    void userTime(Frame frame, long ns);
}
