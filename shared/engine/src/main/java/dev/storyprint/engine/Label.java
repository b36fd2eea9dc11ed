package dev.storyprint.engine;

import java.util.Locale;

/** The four verdict labels. {@link #wire()} is the lower-case form used in JSON and storage. */
public enum Label {
    ORIGINAL, SYNDICATED, SPUN, REJECTED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Label fromWire(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
