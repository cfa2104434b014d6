package xfrmtop.config;

/** Batch output format (--format). */
public enum OutputFormat { TEXT, JSON }
