package dev.storyprint.store;

import java.util.Objects;

/** The bucket's prefixes and the keys derived from an article id. */
public record StorageLayout(String incomingPrefix, String resultsPrefix) {
    public static final StorageLayout DEFAULT = new StorageLayout("incoming/", "results/");

    public StorageLayout {
        Objects.requireNonNull(incomingPrefix, "incomingPrefix");
        Objects.requireNonNull(resultsPrefix, "resultsPrefix");
    }

    public boolean isIncoming(String key) {
        return key != null && key.startsWith(incomingPrefix) && key.length() > incomingPrefix.length();
    }

    public String resultKey(String articleId) {
        return resultsPrefix + articleId + ".json";
    }
}
