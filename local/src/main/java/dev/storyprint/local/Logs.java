package dev.storyprint.local;

import java.io.PrintStream;

/**
 * The local stack's own messages. Everything goes to stderr (stdout carries only results); function
 * logs are shown only with {@code -Dstoryprint.verbose=true} or {@code STORYPRINT_VERBOSE=1}.
 */
public final class Logs {
    private static volatile PrintStream err = System.err;

    private Logs() {}

    static boolean verbose() {
        return Boolean.getBoolean("storyprint.verbose") || "1".equals(System.getenv("STORYPRINT_VERBOSE"));
    }

    /** Where messages go; the CLI pins this to the real stderr before it redirects System.out. */
    static void to(PrintStream stream) {
        err = stream;
    }

    public static void info(String message) {
        err.println("storyprint: " + message);
    }

    static void function(String function, String message) {
        if (verbose()) {
            err.println("[" + function + "] " + message.stripTrailing());
        }
    }
}
