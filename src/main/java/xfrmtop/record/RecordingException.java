package xfrmtop.record;

/** A recording that cannot be read: the message names the file and the line or byte offset, for the user. */
public final class RecordingException extends Exception {
    public RecordingException(String message) { super(message, null, false, false); }
}
