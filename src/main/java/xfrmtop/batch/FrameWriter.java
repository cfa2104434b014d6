package xfrmtop.batch;

import xfrmtop.rate.Frame;

/** Writes one frame of batch output. */
public interface FrameWriter {
    /** Appends the frame's text (one or more lines, ending in a newline) to sb. */
    void write(Frame frame, StringBuilder sb);
}
