package xfrmtop.view;

/** How a cell's text sits in its column. TAIL: right-aligned, and text too long loses its start (a sparkline keeps its newest end). */
public enum Align { LEFT, RIGHT, TAIL }
