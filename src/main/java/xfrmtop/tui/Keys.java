package xfrmtop.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/** Spells a Lanterna key press the way the key table names keys ("q", "Space", "Ctrl-C", "F10", "PgUp", ...). */
final class Keys {
    private Keys() {}

    static String name(KeyStroke k) {
        KeyType t = k.getKeyType();
        if (t == KeyType.Character) {
            char ch = k.getCharacter();
            if (k.isCtrlDown()) return "Ctrl-" + Character.toUpperCase(ch);
            if (ch == ' ') return "Space";
            return String.valueOf(ch);
        }
        return switch (t) {
            case Escape -> "Esc";
            case ArrowUp -> "Up";
            case ArrowDown -> "Down";
            case ArrowLeft -> "Left";
            case ArrowRight -> "Right";
            case PageUp -> "PgUp";
            case PageDown -> "PgDn";
            case Home -> "Home";
            case End -> "End";
            case Tab -> "Tab";
            case ReverseTab -> "Shift-Tab";
            case Enter -> "Enter";
            case Backspace -> "Backspace";
            case Delete -> "Delete";
            case F1 -> "F1";
            case F2 -> "F2";
            case F3 -> "F3";
            case F4 -> "F4";
            case F5 -> "F5";
            case F6 -> "F6";
            case F7 -> "F7";
            case F8 -> "F8";
            case F9 -> "F9";
            case F10 -> "F10";
            case EOF -> "EOF";
            default -> t.name();
        };
    }
}
