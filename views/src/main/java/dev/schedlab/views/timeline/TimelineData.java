package dev.schedlab.views.timeline;

import java.util.List;

/**
 * What the timeline draws: per P the segments of running and syscall time, and the stop-the-world
 * intervals that cover every lane. Immutable and safe to hand from the simulation's thread to the FX thread.
 *
 * @param lanes         one per P that ever existed, by id
 * @param machineLanes  one per M that ever existed, by id: what it ran, its scheduler (g0) time, spinning
 * @param stops         the stop-the-world intervals, as [start, end] pairs in time order
 * @param endTime       the time of the last event folded in
 */
public record TimelineData(List<LaneSegments> lanes, List<LaneSegments> machineLanes, List<long[]> stops, long endTime) {
    public TimelineData {
        lanes = List.copyOf(lanes);
        machineLanes = List.copyOf(machineLanes);
        stops = List.copyOf(stops);
    }

    public static final TimelineData EMPTY = new TimelineData(List.of(), List.of(), List.of(), 0);
}
