package dev.schedlab.app.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Lets picocli read {@code --until 2s}: the value becomes nanoseconds. */
final class GoDurationConverter implements ITypeConverter<Long> {
    @Override public Long convert(String value) {
        try {
            return GoDuration.parseNanos(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
