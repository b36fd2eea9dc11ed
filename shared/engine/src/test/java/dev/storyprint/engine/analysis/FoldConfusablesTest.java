package dev.storyprint.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.ibm.icu.text.SpoofChecker;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FoldConfusablesTest {
    private final FoldConfusables fold = new FoldConfusables();

    @Test
    void cyrillicAndGreekLookAlikesInEnglishTextBecomeLatin() {
        // "trade talks resume" with Cyrillic a, e, o, p, c and a Greek omicron
        String evasive = "Tr\u0430d\u0435 t\u0430lks r\u0435sum\u0435 in B\u0435ijing, \u0441\u03bfmp\u0430ni\u0435s s\u0430id";
        assertEquals("Trade talks resume in Beijing, companies said", fold.apply(evasive));
    }

    @Test
    void capitalsKeepTheirCase() {
        assertEquals("Iran and OPEC", fold.apply("\u0406ran and \u041e\u0420\u0415\u0421"));
    }

    @Test
    void aRussianTextKeepsItsLetters() {
        String russian = "\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 \u0441\u043a\u0430\u0437\u0430\u043b, \u0447\u0442\u043e Apple";
        assertSame(russian, fold.apply(russian));
    }

    @Test
    void plainTextIsReturnedAsIs() {
        String plain = "Nothing to fold here.";
        assertSame(plain, fold.apply(plain));
    }

    /**
     * The committed table is what ICU4J computes from Unicode's confusables: every BMP letter
     * unchanged by NFKC whose skeleton equals an ASCII letter's, mapped to that letter (of its own
     * case where both cases share the skeleton). On a new ICU version, paste the printed table.
     */
    @Test
    void tableMatchesIcuSkeletons() {
        SpoofChecker sc = new SpoofChecker.Builder().build();
        Map<String, List<Character>> byPrototype = new HashMap<>();
        for (char c = 'A'; c <= 'z'; c++) {
            if (Character.isLetter(c)) {
                byPrototype.computeIfAbsent(skeleton(sc, String.valueOf(c)), k -> new ArrayList<>()).add(c);
            }
        }
        StringBuilder from = new StringBuilder();
        StringBuilder to = new StringBuilder();
        for (int cp = 0x80; cp <= Character.MAX_VALUE; cp++) {
            String s = String.valueOf((char) cp);
            if (!Character.isLetter(cp) || !Normalizer.normalize(s, Normalizer.Form.NFKC).equals(s)) {
                continue;
            }
            List<Character> latin = byPrototype.get(skeleton(sc, s));
            if (latin == null) {
                continue;
            }
            boolean upper = Character.isUpperCase(cp) || Character.isTitleCase(cp);
            char pick = latin.get(0);
            for (char c : latin) {
                if (Character.isUpperCase(c) == upper) {
                    pick = c;
                    break;
                }
            }
            from.append((char) cp);
            to.append(pick);
        }
        assertEquals(escape(from), escape(new StringBuilder(FoldConfusables.FROM)), "FROM differs from ICU's data");
        assertEquals(to.toString(), FoldConfusables.TO, "TO differs from ICU's data");
    }

    private static String skeleton(SpoofChecker sc, String s) {
        return sc.getSkeleton(s);
    }

    private static String escape(CharSequence s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            sb.append(String.format("\\u%04x", (int) s.charAt(i)));
        }
        return sb.toString();
    }
}
