package xfrmtop.cli;

import picocli.CommandLine;
import xfrmtop.config.ListenAddress;

/** "--listen [ADDR:]PORT": see {@link ListenAddress#parse}; a bad value is a usage error (exit 2). */
public final class ListenConverter implements CommandLine.ITypeConverter<ListenAddress> {
    @Override
    public ListenAddress convert(String value) {
        try {
            return ListenAddress.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
