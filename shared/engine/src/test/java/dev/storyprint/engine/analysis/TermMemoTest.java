package dev.storyprint.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TermMemoTest {
    @Test
    void findsByCharRangeAndByString() {
        TermMemo<String> m = new TermMemo<>();
        m.put("said", "SAID");
        String line = "he said so";
        assertEquals("SAID", m.get(line, 3, 7, "said".hashCode()));
        assertEquals("SAID", m.get("said"));
        assertNull(m.get(line, 0, 2, "he".hashCode()));
        assertNull(m.get("sai"));
    }

    @Test
    void collidingHashesStayApart() {
        TermMemo<String> m = new TermMemo<>();
        // "Aa" and "BB" share String.hashCode
        m.put("Aa", "first");
        m.put("BB", "second");
        assertEquals("first", m.get("Aa"));
        assertEquals("second", m.get("BB"));
    }

    @Test
    void growsKeepingEveryEntryThenStartsOverAtTheCap() {
        TermMemo<Integer> m = new TermMemo<>();
        int n = TermMemo.INITIAL_CAPACITY * 2;
        for (int i = 0; i < n; i++) {
            m.put("w" + i, i);
        }
        for (int i = 0; i < n; i++) {
            assertEquals(i, m.get("w" + i));
        }
        m.put("w0", -1); // a replacement is not a new entry
        assertEquals(n, m.size());
        for (int i = n; i < TermMemo.MAX_ENTRIES; i++) {
            m.put("w" + i, i);
        }
        assertEquals(TermMemo.MAX_ENTRIES, m.size());
        m.put("fresh", 1);
        assertEquals(1, m.size());
        assertNull(m.get("w1"));
        assertTrue(m.get("fresh") == 1);
    }
}
