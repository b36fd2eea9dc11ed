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

    private static final long STARTED = System.nanoTime();

    /** A timed step, shown only in verbose mode: where start-up time goes. */
    static void step(String what) {
        if (verbose()) {
            err.printf("storyprint: %6d ms  %s%n", (System.nanoTime() - STARTED) / 1_000_000, what);
        }
    }

    static void function(String function, String message) {
        if (verbose()) {
            err.println("[" + function + "] " + message.stripTrailing());
        }
    }
}
