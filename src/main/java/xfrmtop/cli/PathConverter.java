package xfrmtop.cli;

import picocli.CommandLine;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * FILE and DIR values. picocli's own Path converter reaches Paths.get by reflection, and registering it (with its
 * java.time and java.sql siblings, which no option here uses) cost every start ~10 ms; {@link XfrmtopCommand#run}
 * turns those off and the Path options name this converter instead.
 */
final class PathConverter implements CommandLine.ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("not a file name: " + e.getMessage());
        }
    }
}
