package xfrmtop.view;

public enum Align { LEFT, RIGHT }
