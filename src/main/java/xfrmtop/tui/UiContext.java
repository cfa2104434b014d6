package xfrmtop.tui;

import xfrmtop.source.HostInfo;
import xfrmtop.view.KeyMap;

/**
 * What the drawing code needs besides the frame and the view state: static host facts, the current interval and
 * the wall clock (passed in, so pane pictures in tests are reproducible).
 */
record UiContext(HostInfo host, double intervalS, long nowMillis, java.time.ZoneId zone, KeyMap keys) {}
