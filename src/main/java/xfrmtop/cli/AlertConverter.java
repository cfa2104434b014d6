package xfrmtop.cli;

import picocli.CommandLine;
import xfrmtop.alert.Alert;
import xfrmtop.alert.AlertParser;

/** "--alert EXPR": a bad expression is a usage error (exit 2) that says what was expected where. */
public final class AlertConverter implements CommandLine.ITypeConverter<Alert> {
    @Override
    public Alert convert(String value) {
        try {
            return AlertParser.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
