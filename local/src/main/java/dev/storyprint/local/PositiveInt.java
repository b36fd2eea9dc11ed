package dev.storyprint.local;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A count or a number of seconds: a whole number above zero. */
final class PositiveInt implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new TypeConversionException("needs a positive number, got " + value);
    }
}
