package dev.storyprint.bench;

import dev.storyprint.engine.Label;
import java.time.Instant;

/**
 * One labelled article of the benchmark corpus.
 *
 * @param id          stable name within the corpus (also the S3-like key the engine sees)
 * @param text        the article as it arrives
 * @param truth       the true label
 * @param rootId      id of the story's original (itself for an original)
 * @param parentId    the article it was derived from (null for an original)
 * @param kind        transform family: original, syndicated, spun-a, spun-b, spun-of-syndicated,
 *                    hard-template, hard-shared-quote, hard-same-debate, hard-entity-graft, seed, sample
 * @param strength    strength bucket label, e.g. "kept 60-80%" or "subst 30-40%" ("-" if none)
 * @param publishedAt publication time given to the engine as metadata; null when withheld
 * @param published   true publication time (ordering ground truth, never null)
 * @param early       true when this copy arrives before its parent
 * @param changed     for spun copies: share of all the parent's words the spinner replaced (0 otherwise)
 * @param wrapped     true when copy-paste damage hard-wrapped its lines (syndicated copies and their spins)
 */
record Item(String id, String text, Label truth, String rootId, String parentId, String kind, String strength,
            Instant publishedAt, Instant published, boolean early, double changed,
            boolean wrapped) {

    boolean isCopy() {
        return truth != Label.ORIGINAL;
    }
}
