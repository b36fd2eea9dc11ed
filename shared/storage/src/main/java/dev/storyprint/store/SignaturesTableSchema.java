package dev.storyprint.store;

/**
 * Attribute names of the signatures table: one item per retrieval key holding the ids of the
 * articles that carry it (a capped posting list), plus the arrival counter item.
 */
public final class SignaturesTableSchema {
    private SignaturesTableSchema() {}

    /** Partition key (S): a retrieval key in hex, or {@link #ARRIVAL_COUNTER_KEY}. */
    public static final String PARTITION_KEY = "sig";
    /** String set of article ids. */
    public static final String IDS = "ids";
    /** Set once a posting list is full: the key is boilerplate and ignored at lookup. */
    public static final String SATURATED = "saturated";
    /** The one counter item handing out arrival sequence numbers; cannot collide with hex keys. */
    public static final String ARRIVAL_COUNTER_KEY = "#arrival";
    public static final String COUNTER_VALUE = "seq";

    /**
     * Posting-list cap: 150 ids of 20 chars keep an item under 4 KB, so a strongly consistent read
     * of one key costs one read unit; a key shared by more articles than that is boilerplate.
     */
    public static final int POSTING_CAP = 150;

    public static String keyOf(long retrievalKey) {
        return String.format("%016x", retrievalKey);
    }
}
