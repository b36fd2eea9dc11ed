package dev.storyprint.store;

/**
 * Attribute names of the signatures table: one item per sampled retrieval key (see
 * {@link SignatureIndex}), plus the arrival counter item.
 */
public final class SignaturesTableSchema {
    private SignaturesTableSchema() {}

    /** Partition key (S): a retrieval key in hex, or {@link #ARRIVAL_COUNTER_KEY}. */
    public static final String PARTITION_KEY = "sig";
    /** String set: the first {@link SignatureIndex#REPRESENTATIVES} article ids that registered the key. */
    public static final String REPRESENTATIVE_IDS = "reps";
    /**
     * String: the story of the key's first article; provisionally that article's own id (set with
     * the representative, so an original, whose story id is its own id, writes its keys once).
     */
    public static final String FIRST_STORY = "first";
    /** String set: further stories seen carrying the key, up to {@link SignatureIndex#BOILERPLATE_STORIES} in all. */
    public static final String STORIES = "stories";
    /** The one counter item handing out arrival sequence numbers; cannot collide with hex keys. */
    public static final String ARRIVAL_COUNTER_KEY = "#arrival";
    public static final String COUNTER_VALUE = "seq";

    public static String keyOf(long retrievalKey) {
        return String.format("%016x", retrievalKey);
    }
}
