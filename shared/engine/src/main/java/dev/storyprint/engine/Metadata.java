package dev.storyprint.engine;

import java.time.Instant;

/**
 * What an article says about itself besides its text, once the reader has checked it: title, URL
 * and source bounded in length (text/Limits), publication time parsed. Any field may be null.
 */
public record Metadata(String title, String url, String source, Instant publishedAt) {
    public static final Metadata NONE = new Metadata(null, null, null, null);
}
