package xfrmtop.batch;

import xfrmtop.rate.Frame;

/** One part of the batch output per pane kind: a JSON list under its own field, and a text table. */
public interface Section {
    /** The JSON field that holds this section's list (a public contract: "xfrm_stat", "nics", "sas"). */
    String field();

    /** Appends the JSON list ("[...]"). */
    void json(Frame f, StringBuilder sb);

    /** Appends the text table (headings and rows, each line ending in a newline); nothing when there are no rows. */
    void text(Frame f, StringBuilder sb);
}
