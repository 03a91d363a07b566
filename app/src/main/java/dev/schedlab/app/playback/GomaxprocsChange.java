package dev.schedlab.app.playback;

/** A GOMAXPROCS change the user made at a moment of the run: replayed whenever the run is rebuilt. */
record GomaxprocsChange(long time, int gomaxprocs) {}
