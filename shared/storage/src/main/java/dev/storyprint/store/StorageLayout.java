package dev.storyprint.store;

import java.util.Objects;

/** The bucket's prefixes and the keys derived from an article id. */
public record StorageLayout(String incomingPrefix, String fingerprintsPrefix, String resultsPrefix) {
    public static final StorageLayout DEFAULT = new StorageLayout("incoming/", "fingerprints/", "results/");

    public StorageLayout {
        Objects.requireNonNull(incomingPrefix, "incomingPrefix");
        Objects.requireNonNull(fingerprintsPrefix, "fingerprintsPrefix");
        Objects.requireNonNull(resultsPrefix, "resultsPrefix");
    }

    public boolean isIncoming(String key) {
        return key != null && key.startsWith(incomingPrefix) && key.length() > incomingPrefix.length();
    }

    public boolean isFingerprint(String key) {
        return key != null && key.startsWith(fingerprintsPrefix) && key.endsWith(".json");
    }

    public String fingerprintKey(String articleId) {
        return fingerprintsPrefix + articleId + ".json";
    }

    public String resultKey(String articleId) {
        return resultsPrefix + articleId + ".json";
    }
}
