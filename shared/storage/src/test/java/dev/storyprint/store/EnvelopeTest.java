package dev.storyprint.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EnvelopeTest {
    @Test
    void fingerprintEnvelopeRoundTrips() {
        Envelope e = new Envelope("00000000000000000001", "incoming/a b.txt", "T", "S", "https://u",
                Instant.parse("2019-07-09T10:00:00Z"), new byte[] {0, -1, 42}, null, null);
        Envelope back = Envelope.fromJson(e.toJson());
        assertFalse(back.rejected());
        assertArrayEquals(e.fingerprint(), back.fingerprint());
        assertEquals(e.key(), back.key());
        assertEquals(e.publishedAt(), back.publishedAt());
    }

    @Test
    void rejectionEnvelopeRoundTrips() {
        Envelope e = new Envelope("00000000000000000001", "incoming/x.bin", null, null, null, null, null,
                "binary", "looks like binary data");
        Envelope back = Envelope.fromJson(e.toJson());
        assertTrue(back.rejected());
        assertEquals("binary", back.rejectedCode());
        assertEquals("looks like binary data", back.rejectedReason());
        assertNull(back.fingerprint());
        assertTrue(new String(e.toJson(), StandardCharsets.UTF_8).contains("\"rejected\":{"));
    }

    @Test
    void carriesExactlyOneOfFingerprintAndRejection() {
        assertThrows(IllegalArgumentException.class,
                () -> new Envelope("00000000000000000001", "k", null, null, null, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> Envelope.fromJson("[]".getBytes(StandardCharsets.UTF_8)));
    }
}
