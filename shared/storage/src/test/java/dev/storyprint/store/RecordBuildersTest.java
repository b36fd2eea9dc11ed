package dev.storyprint.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.storyprint.engine.Label;
import dev.storyprint.engine.Verdict;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The builders of the stored records set each field by name; the withers keep the others. */
class RecordBuildersTest {
    private static final byte[] FP = {1, 2, 3};
    private static final Envelope ENVELOPE = Envelope.builder().articleId("id").key("incoming/x.txt").title("t")
            .source("s").url("u").publishedAt(Instant.EPOCH).fingerprint(FP).build();

    @Test
    void envelopeBuilderMatchesTheConstructor() {
        Envelope e = new Envelope("id", "incoming/x.txt", "t", "s", "u", Instant.EPOCH, FP, null, null);
        assertEquals(e.articleId(), ENVELOPE.articleId());
        assertEquals(e.key(), ENVELOPE.key());
        assertEquals(e.title(), ENVELOPE.title());
        assertEquals(e.source(), ENVELOPE.source());
        assertEquals(e.url(), ENVELOPE.url());
        assertEquals(e.publishedAt(), ENVELOPE.publishedAt());
        assertArrayEquals(e.fingerprint(), ENVELOPE.fingerprint());
        Envelope rejected = ENVELOPE.toBuilder().fingerprint(null).rejectedCode("empty").rejectedReason("r").build();
        assertTrue(rejected.rejected());
        assertEquals("t", rejected.title());
    }

    @Test
    void articleRecordWithersKeepTheOtherFields() {
        ArticleRecord pending = ArticleRecord.pending(ENVELOPE);
        assertEquals("incoming/x.txt", pending.objectKey());
        assertNull(pending.arrivalSeq());
        assertEquals(0, pending.version());
        ArticleRecord seq = pending.withArrivalSeq(7);
        assertEquals(7L, seq.arrivalSeq());
        assertEquals("u", seq.url());
        Verdict v = Verdict.builder().articleId("id").label(Label.ORIGINAL).storyId("id").build();
        ArticleRecord done = seq.withVerdict(v);
        assertTrue(done.isFinal());
        assertEquals(7L, done.arrivalSeq());
        assertEquals(Label.ORIGINAL, done.label());
        assertEquals(3, done.toBuilder().version(3).build().version());
    }
}
