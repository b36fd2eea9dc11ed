package dev.storyprint.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TermMemoTest {
    @Test
    void findsByCharRangeAndByString() {
        TermMemo m = new TermMemo();
        int slot = m.put("said", "SAID", 7L, (byte) 3);
        char[] line = "he said so".toCharArray();
        assertEquals(slot, m.find(line, 3, 7, "said".hashCode()));
        assertEquals(slot, m.find("said"));
        assertEquals("SAID", m.term(slot));
        assertEquals(7L, m.hash(slot));
        assertEquals(3, m.flags(slot));
        assertEquals(-1, m.find(line, 0, 2, "he".hashCode()));
        assertEquals(-1, m.find("sai"));
    }

    @Test
    void collidingHashesStayApart() {
        TermMemo m = new TermMemo();
        // "Aa" and "BB" share String.hashCode
        int a = m.put("Aa", "first", 1, (byte) 0);
        int b = m.put("BB", "second", 2, (byte) 0);
        assertEquals("first", m.term(m.find("Aa")));
        assertEquals("second", m.term(m.find("BB")));
        assertEquals(a, m.find("Aa".toCharArray(), 0, 2, "Aa".hashCode()));
        assertEquals(b, m.find("BB".toCharArray(), 0, 2, "BB".hashCode()));
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
