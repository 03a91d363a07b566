/**
 * The recording of a run: folding trace events into scheduler state ({@link dev.schedlab.model.record.WorldState}),
 * immutable snapshots for views and exports ({@link dev.schedlab.model.record.WorldSnapshot}), consistency checks
 * ({@link dev.schedlab.model.record.WorldInvariants}), a compact binary event encoding
 * ({@link dev.schedlab.model.record.EventCodec}) and the seekable log with checkpoints
 * ({@link dev.schedlab.model.record.Recording}).
 *
 * <p>Threading: everything mutable here has a single writer (the simulation's thread); snapshots
 * and the views they contain are immutable and may be shared with any thread.
 */
package dev.schedlab.model.record;
