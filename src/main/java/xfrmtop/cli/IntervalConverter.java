package xfrmtop.cli;

import picocli.CommandLine;

import java.math.BigDecimal;

/** "-d SECONDS": a decimal number of seconds from 0.2 to 3600, fractions allowed; returns nanoseconds. */
public final class IntervalConverter implements CommandLine.ITypeConverter<Long> {
    static final BigDecimal MIN = new BigDecimal("0.2"), MAX = new BigDecimal("3600");

    @Override
    public Long convert(String value) {
        BigDecimal s;
        try {
            s = new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a number of seconds");
        }
        if (s.compareTo(MIN) < 0 || s.compareTo(MAX) > 0) {
            throw new CommandLine.TypeConversionException("interval must be from 0.2 to 3600 seconds, not " + value);
        }
        return s.movePointRight(9).longValue();
    }
}
