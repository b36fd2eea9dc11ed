package dev.storyprint.engine.analysis;

/**
 * Folds letters that look like Latin letters into them ("\u0430" Cyrillic a -> "a", "\u039f" Greek
 * Omicron -> "O"): a copier swaps a text's a, e, o, p, c for Cyrillic look-alikes so that a
 * verbatim copy shares no word with its source, while a reader sees the same words. The table is
 * Unicode's confusables data (UTS #39), as ICU4J's SpoofChecker computes skeletons: each letter
 * whose skeleton is that of an ASCII letter maps to that letter, of its own case where one exists
 * ({@code FoldConfusablesTest} checks the table against ICU4J). Applied only when Latin letters
 * outnumber the look-alikes, so a Russian or Greek article keeps its own letters. After NFKC,
 * which already folds full-width and mathematical letters.
 */
final class FoldConfusables implements TextFilter {
    /** Look-alike letters (BMP; none of them changes under NFKC) ... */
    static final String FROM = ""
            + "\u00fe\u0131\u0184\u018d\u0192\u0196\u01a6\u01bd\u01bf\u01c0\u0237\u024c\u0251\u0261\u0263\u0269"
            + "\u026a\u026f\u0284\u028b\u028f\u037f\u0391\u0392\u0395\u0396\u0397\u0399\u039a\u039c\u039d\u039f"
            + "\u03a1\u03a4\u03a5\u03a7\u03b1\u03b3\u03b9\u03bd\u03bf\u03c1\u03c3\u03c5\u03dc\u03ed\u03f3\u03f8"
            + "\u03fa\u0405\u0406\u0408\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0423\u0425"
            + "\u042c\u0430\u0433\u0435\u043e\u0440\u0441\u0443\u0445\u0448\u0455\u0456\u0458\u0461\u0474\u0475"
            + "\u04ae\u04af\u04ba\u04bb\u04bd\u04c0\u04cf\u0501\u050c\u051a\u051b\u051c\u051d\u054d\u054f\u0555"
            + "\u0560\u0561\u0563\u0566\u0570\u0575\u0578\u057c\u057d\u0581\u0582\u0584\u0585\u05d5\u05d8\u05df"
            + "\u05e1\u0627\u0647\u06be\u06c1\u06d5\u07ca\u07cb\u07cc\u07d3\u07d5\u07e0\u0840\u0b20\u0d1f\u0d20"
            + "\u1004\u101d\u105a\u10b9\u10bd\u10cd\u10e7\u10fd\u10ff\u110b\u11bc\u1200\u12d0\u13a0\u13a1\u13a2"
            + "\u13a5\u13a9\u13aa\u13ab\u13ac\u13b3\u13b7\u13bb\u13bd\u13c0\u13c2\u13c3\u13cf\u13d2\u13d4\u13d5"
            + "\u13d9\u13da\u13de\u13df\u13e2\u13e6\u13e7\u13f3\u13f4\u142f\u144c\u146d\u146f\u1472\u148d\u14aa"
            + "\u1541\u157c\u157d\u1587\u15af\u15b4\u15c5\u15de\u15ea\u15f0\u15f7\u16b7\u16c1\u16d0\u16d5\u16d6"
            + "\u1763\u1a45\u1c82\u1c83\u1cbd\u1cbf\u1cf5\u1d04\u1d0f\u1d11\u1d1c\u1d20\u1d21\u1d22\u1d26\u1d83"
            + "\u1d8c\u1e9d\u1eff\u2c6b\u2c6c\u2c82\u2c85\u2c8c\u2c8d\u2c8e\u2c92\u2c93\u2c94\u2c98\u2c9a\u2c9e"
            + "\u2c9f\u2ca2\u2ca3\u2ca4\u2ca5\u2ca6\u2ca8\u2ca9\u2cac\u2cbd\u2cce\u2ccf\u2cd0\u2d2d\u2d38\u2d39"
            + "\u2d4a\u2d4f\u2d54\u2d55\u2d5d\u3112\u311a\u4e05\u4e2b\ua4d0\ua4d1\ua4d2\ua4d3\ua4d4\ua4d6\ua4d7"
            + "\ua4d9\ua4da\ua4dc\ua4dd\ua4df\ua4e0\ua4e1\ua4e2\ua4e3\ua4e6\ua4e7\ua4ea\ua4eb\ua4ec\ua4ee\ua4f0"
            + "\ua4f2\ua4f3\ua4f4\ua50b\ua557\ua56f\ua576\ua5cb\ua647\ua6c9\ua6df\ua731\ua781\ua798\ua799\ua79f"
            + "\ua7ae\ua7b2\ua7b3\ua7b4\ua7fa\ua7fe\uab32\uab35\uab3d\uab47\uab48\uab4e\uab52\uab5a\uab64\uab75"
            + "\uab81\uab83\uab93\uaba4\uaba9\uabaa\uabaf";
    /** ... and the ASCII letter each one folds to, position by position. */
    static final String TO = ""
            + "pibgfIRspljRagyi"
            + "iwfuyJABEZHIKMNO"
            + "PTYXayivopouFojp"
            + "MSIJABEKMHOPCTYX"
            + "bareopcyxwsijwVv"
            + "YyhheIldGQqWwUSO"
            + "mwqqhjnnugifolvl"
            + "olooooloYFbToOso"
            + "cochSZySoooUODRT"
            + "iYAJEWMHYGhZbRWS"
            + "VSLCPKdGBVUPdbJL"
            + "xHxRbFADDMBXllKM"
            + "xoocSOXcoouvwzrg"
            + "yfyZzBrZzHIiKMNO"
            + "oPpCcTYyXwPpLzVE"
            + "llOQXTYTYBPdDTGK"
            + "JCZFMNLSRVHWXYAE"
            + "lOUTBlSEiZVslFfu"
            + "IJXBwleforruuyai"
            + "rwzwvsc";

    /** Confusable letters fold only in a text where Latin letters are at least this many times as many. */
    static final int LATIN_MAJORITY = 1;

    /** {@link #TO}'s letter for each char of {@link #FROM}, 0 for every other char. */
    private static final char[] FOLD = new char[Character.MAX_VALUE + 1];

    static {
        for (int i = 0; i < FROM.length(); i++) {
            FOLD[FROM.charAt(i)] = TO.charAt(i);
        }
    }

    @Override
    public boolean keepsPlainAscii() {
        return true;
    }

    @Override
    public boolean keepsBeyondAscii(char c) {
        return FOLD[c] == 0;
    }

    @Override
    public String apply(String text) {
        int latin = 0;
        int lookAlikes = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                latin += (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 1 : 0;
            } else if (FOLD[c] != 0) {
                lookAlikes++;
            }
        }
        if (lookAlikes == 0 || latin < LATIN_MAJORITY * lookAlikes) {
            return text;
        }
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char f = FOLD[out[i]];
            if (f != 0) {
                out[i] = f;
            }
        }
        return new String(out);
    }
}
