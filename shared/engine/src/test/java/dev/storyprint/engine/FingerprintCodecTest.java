package dev.storyprint.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FingerprintCodecTest {
    @Test
    void roundTripKeepsEverythingDecideNeeds() {
        Instant at = Instant.parse("2026-03-01T08:15:30.123456789Z");
        Fingerprint f = Fixtures.fp("0123456789abcdef0123", Fixtures.HARBOR, at);
        Fingerprint g = Fingerprint.decode(f.encode());
        assertEquals(f.articleId(), g.articleId());
        assertEquals(at, g.publishedAt());
        assertEquals(f.wordCount(), g.wordCount());
        assertArrayEquals(f.terms(), g.terms());
        assertArrayEquals(f.flags(), g.flags());
        assertArrayEquals(f.surface(), g.surface());
        assertArrayEquals(f.skeleton().hashes(), g.skeleton().hashes());
        assertArrayEquals(f.skeleton().positions(), g.skeleton().positions());
        assertArrayEquals(f.retrievalKeys(), g.retrievalKeys());
    }

    @Test
    void emptyAndUndatedFingerprintsRoundTrip() {
        Fingerprint f = Fixtures.fp("0123456789abcdef0123", "");
        Fingerprint g = Fingerprint.decode(f.encode());
        assertEquals(0, g.wordCount());
        assertNull(g.publishedAt());
        assertEquals(0, g.retrievalKeys().length);
    }

    @Test
    void retrievalKeysAreBounded() {
        Fingerprint f = Fixtures.fp("x", Fixtures.filler(5000, 1));
        assertTrue(f.retrievalKeys().length <= Engine.MAX_RETRIEVAL_KEYS);
        assertTrue(f.retrievalKeys().length > Engine.MAX_RETRIEVAL_KEYS / 2);
    }

    @Test
    void aTrimmedCopySharesRetrievalKeysWithItsSource() {
        long[] a = Fixtures.fp("a", Fixtures.HARBOR).retrievalKeys();
        long[] b = Fixtures.fp("b", Fixtures.paragraphs(Fixtures.HARBOR, 2, 7, null)).retrievalKeys();
        long[] c = Fixtures.fp("c", Fixtures.FESTIVAL).retrievalKeys();
        assertTrue(Surface.intersection(a, b) >= 10, "shared " + Surface.intersection(a, b));
        // a same-topic original may share a name trigram or two, far fewer than a copy
        assertTrue(Surface.intersection(a, c) <= 3, "shared " + Surface.intersection(a, c));
    }

    @Test
    void aLongArticleEncodesWellUnderTheItemLimit() {
        Fingerprint f = Fixtures.fp("0123456789abcdef0123", Fixtures.filler(25_000, 42));
        assertTrue(f.wordCount() > 12_000, "content words " + f.wordCount());
        byte[] bytes = f.encode();
        System.out.printf("25,000-word fingerprint: %d bytes%n", bytes.length);
        assertTrue(bytes.length < 150_000, bytes.length + " bytes");
        assertArrayEquals(f.retrievalKeys(), Fingerprint.decode(bytes).retrievalKeys());
    }

    @Test
    void corruptInputIsRejectedWithIllegalArgument() {
        byte[] good = Fixtures.fp("x", Fixtures.HARBOR).encode();
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.decode(new byte[] {1, 2, 3}));
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.decode(Arrays.copyOf(good, good.length / 2)));
        byte[] otherVersion = good.clone();
        otherVersion[2] = 99;
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.decode(otherVersion));
        byte[] flipped = good.clone();
        flipped[flipped.length - 5] ^= 0x5a;
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.decode(flipped));
    }

    @Test
    void decodedTermsAndHashesEqualTheEncodedOnesWhateverTheirChars() {
        // repeated words share one String; non-ASCII and empty terms take the UTF-8 path
        String[] terms = {"the", "café", "the", "", "naïve", "x", "the", "日本", "café", "48", ""};
        byte[] flags = new byte[terms.length];
        Fingerprint f = new Fingerprint("a", null, terms, flags);
        Fingerprint g = Fingerprint.decode(f.encode());
        assertArrayEquals(terms, g.terms());
        assertArrayEquals(f.termHashes(), g.termHashes());
        assertArrayEquals(f.shingles(), g.shingles());
        assertTrue(g.term(0) == g.term(2), "a repeated ASCII term is one String");
    }

    @Test
    void aBlockWithFewerTermsThanWordsIsCorrupt() {
        byte[] raw = "\0\0\0a".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1); // 3 flags, 1 term
        assertThrows(IllegalArgumentException.class,
                () -> FingerprintCodec.splitTerms(raw, 3, raw.length, new String[3], new long[3]));
        String[] two = new String[2];
        byte[] ok = "\0\0a\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        FingerprintCodec.splitTerms(ok, 2, ok.length, two, new long[2]);
        assertArrayEquals(new String[] {"a", ""}, two);
    }
}
