package dev.storyprint.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cheap evasions a copier uses to hide a verbatim copy from shingle matching: each keeps the text
 * a reader sees (or nearly) and breaks the bytes. The evaluation uploads a source, then each
 * evasive copy of it: a copy must land in the source's story and the source must stay original.
 */
final class Evasions {
    private Evasions() {}

    /** One evasion: a name for the report and the transform (text, seeded random) -> text. */
    record Kind(String name, BiFunction<String, Random, String> apply) {}

    private static final String LATIN = "aeopcxyAEOPCTHKMBX";
    private static final String CYRILLIC = "\u0430\u0435\u043e\u0440\u0441\u0445\u0443\u0410\u0415\u041e\u0420\u0421"
            + "\u0422\u041d\u041a\u041c\u0412\u0425";
    private static final String LATIN_G = "ovABEHIKMNOPTXYZ";
    private static final String GREEK = "\u03bf\u03bd\u0391\u0392\u0395\u0397\u0399\u039a\u039c\u039d\u039f\u03a1"
            + "\u03a4\u03a7\u03a5\u0396";
    private static final String[] ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"};

    static final List<Kind> KINDS = List.of(
            new Kind("articles deleted", (t, r) -> dropWords(t, Pattern.compile("(?i)\\b(?:the|an|a)\\b ?"))),
            new Kind("'the' replaced by an emoji", (t, r) -> t.replaceAll("(?i)\\bthe\\b", "\uD83D\uDD25")),
            new Kind("Cyrillic look-alikes", (t, r) -> mapChars(t, LATIN, CYRILLIC, 1.0, r)),
            new Kind("Greek look-alikes, half the letters", (t, r) -> mapChars(t, LATIN_G, GREEK, 0.5, r)),
            new Kind("full-width forms", Evasions::fullWidth),
            new Kind("zero-width characters inside words", Evasions::zeroWidth),
            new Kind("sentences shuffled within paragraphs", Evasions::shuffleSentences),
            new Kind("Cyrillic look-alikes and zero-width", (t, r) -> zeroWidth(mapChars(t, LATIN, CYRILLIC, 0.7, r), r)));

    static String dropWords(String text, Pattern words) {
        return words.matcher(text).replaceAll("").replaceAll("(?m)^ +", "");
    }

    /** Each char of {@code from} becomes the same position of {@code to}, with probability {@code share}. */
    static String mapChars(String text, String from, String to, double share, Random rnd) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int k = from.indexOf(c);
            sb.append(k >= 0 && rnd.nextDouble() < share ? to.charAt(k) : c);
        }
        return sb.toString();
    }

    static String fullWidth(String text, Random rnd) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c > ' ' && c < 0x7f ? (char) (c - 0x21 + 0xff01) : c);
        }
        return sb.toString();
    }

    /** A zero-width char after the second letter of every other word of four letters or more. */
    static String zeroWidth(String text, Random rnd) {
        Matcher m = Pattern.compile("\\p{L}{4,}").matcher(text);
        StringBuilder sb = new StringBuilder(text.length() + text.length() / 8);
        int last = 0;
        int n = 0;
        while (m.find()) {
            if (n++ % 2 == 0) {
                sb.append(text, last, m.start() + 2).append(ZERO_WIDTH[rnd.nextInt(ZERO_WIDTH.length)]);
                last = m.start() + 2;
            }
        }
        return sb.append(text, last, text.length()).toString();
    }

    /** Sentence order shuffled inside each paragraph (paragraphs are separated by a blank line). */
    static String shuffleSentences(String text, Random rnd) {
        List<String> out = new ArrayList<>();
        for (String para : text.strip().split("\\n\\s*\\n")) {
            List<String> sentences = new ArrayList<>(Doc.sentences(para));
            Collections.shuffle(sentences, rnd);
            out.add(String.join(" ", sentences));
        }
        return String.join("\n\n", out) + "\n";
    }
}
