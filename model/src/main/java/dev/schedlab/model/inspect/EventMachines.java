package dev.schedlab.model.inspect;

import dev.schedlab.model.trace.TraceEvent;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/** The M that did an event: its {@code m} field, where it has one. */
final class EventMachines {
    private EventMachines() {}

    private static final ClassValue<Method> ACCESSOR = new ClassValue<>() {
        @Override protected Method computeValue(Class<?> type) {
            RecordComponent[] rc = type.getRecordComponents();
            if (rc == null) return null;
            for (RecordComponent c : rc) if (c.getName().equals("m") && c.getType() == int.class) return c.getAccessor();
            return null;
        }
    };

    /** The M of {@code e}, or -1 when the event names none. */
    static int of(TraceEvent e) {
        Method m = ACCESSOR.get(e.getClass());
        if (m == null) return -1;
        try {
            return (int) m.invoke(e);
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
