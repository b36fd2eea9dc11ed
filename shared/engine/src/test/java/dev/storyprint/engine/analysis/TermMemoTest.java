package dev.storyprint.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TermMemoTest {
    @Test
    void findsByCharRangeAndByString() {
        TermMemo m = new TermMemo();
        int slot = m.put("said", "SAID", 7L, (byte) 3);
        char[] line = "he said so".toCharArray();
        assertEquals(slot, m.find(line, 3, 7));
        assertEquals(slot, m.find("said"));
        assertEquals("SAID", m.term(slot));
        assertEquals(7L, m.hash(slot));
        assertEquals(3, m.flags(slot));
        assertEquals(-1, m.find(line, 0, 2));
        assertEquals(-1, m.find("sai"));
    }

    private static long packed(String s) {
        long p = 0;
        for (char c : s.toCharArray()) {
            p = TermMemo.pack(p, c);
        }
        return p;
    }

    private static int findPacked(TermMemo m, String s) {
        return m.find(s.toCharArray(), 0, s.length(), packed(s));
    }

    @Test
    void findsByPackedCharsShortAndLong() {
        TermMemo m = new TermMemo();
        int shortSlot = m.put("said", "SAID", 7L, (byte) 3);
        int longSlot = m.put("negotiations", "talks", 8L, (byte) 0);
        int wide = m.put("na\u00efve", "naive", 9L, (byte) 0);
        assertEquals(shortSlot, findPacked(m, "said"));
        assertEquals(longSlot, findPacked(m, "negotiations"));
        // the same last eight chars and length, another start: the pool decides
        assertEquals(-1, m.find("xxgotiations".toCharArray(), 0, 12, packed("xxgotiations")));
        // unpacked (0) keys compare every char
        assertEquals(longSlot, m.find("negotiations".toCharArray(), 0, 12, 0));
        assertEquals(wide, m.find("na\u00efve".toCharArray(), 0, 5, 0));
        assertEquals(-1, findPacked(m, "sai"));
    }

    @Test
    void collidingHashesStayApart() {
        TermMemo m = new TermMemo();
        // "ba" and "\u0162a" share their chars' low bytes, so their key hash
        int a = m.put("ba", "first", 1, (byte) 0);
        int b = m.put("\u0162a", "second", 2, (byte) 0);
        assertEquals("first", m.term(m.find("ba")));
        assertEquals("second", m.term(m.find("\u0162a")));
        assertEquals(a, m.find("ba".toCharArray(), 0, 2));
        assertEquals(b, m.find("\u0162a".toCharArray(), 0, 2));
        assertEquals(a, findPacked(m, "ba"));
    }

    @Test
    void growsKeepingEveryEntryThenStartsOverAtTheCap() {
        TermMemo m = new TermMemo();
        int n = TermMemo.INITIAL_CAPACITY * 2;
        for (int i = 0; i < n; i++) {
            m.put("w" + i, "v" + i, i, (byte) 0);
        }
        for (int i = 0; i < n; i++) {
            int s = m.find("w" + i);
            assertEquals("v" + i, m.term(s));
            assertEquals(i, m.hash(s));
        }
        assertEquals(n, m.size());
        for (int i = n; i < TermMemo.MAX_ENTRIES; i++) {
            m.put("w" + i, "v" + i, i, (byte) 0);
        }
        assertEquals(TermMemo.MAX_ENTRIES, m.size());
        m.put("fresh", "f", 1, (byte) 0);
        assertEquals(1, m.size());
        assertEquals(-1, m.find("w1"));
        assertEquals("f", m.term(m.find("fresh")));
    }
}
