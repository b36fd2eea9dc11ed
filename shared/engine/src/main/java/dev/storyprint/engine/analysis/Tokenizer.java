package dev.storyprint.engine.analysis;

import java.util.List;
import java.util.Set;

/**
 * A character-scanning tokenizer. Words are runs of letters and digits (with inner apostrophes:
 * "don't"); hyphens split words, so "think-tank" and "think tank" tokenize alike. Dotted acronyms
 * are one token ("U.S." term "US"). Numbers keep their decimal point and digit groups ("1.5",
 * "2,000"); a currency symbol before a digit stays with the number ("$300", and "US$300" as one
 * token for the currency filter). "%" is a token of its own. Sentences end at a line end or at
 * ". ! ?" followed by a space, unless the word before the dot is an initial or a known abbreviation.
 * The term of every token is its surface with acronym dots removed; filters normalize from there.
 */
final class Tokenizer {
    /** Words after which a dot does not end the sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "mx", "dr", "prof", "st", "sr", "jr", "gen", "sen", "rep", "gov", "lt", "col",
            "capt", "cpt", "sgt", "maj", "rev", "hon", "inc", "corp", "co", "ltd", "vs", "etc",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft",
            "dept", "est", "fig", "vol", "pres", "supt", "messrs", "approx", "univ", "ave", "blvd");

    /** The longest of {@link #ABBREVIATIONS}. */
    private static final int MAX_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

    /** Capitalized function words that open sentences but rarely follow an acronym inside one. */
    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "The", "A", "An", "But", "And", "He", "She", "It", "They", "We", "I", "This", "That", "These", "Those",
            "There", "Its", "Their", "His", "Her", "Our", "If", "When", "While", "However", "Meanwhile", "Yet", "So");

    private static String nextWord(char[] line, int from) {
        int end = from;
        while (end < line.length && letter(line[end]) && end - from < 10) {
            end++;
        }
        return new String(line, from, end - from);
    }

    /** News text averages about six characters per word with its space: sizes the token list once. */
    static final int CHARS_PER_TOKEN = 6;

    List<Token> tokenize(List<String> lines) {
        return buffer(lines).toTokens();
    }

    /** The tokens of {@code lines} as a buffer: surfaces are ranges of the lines, no substrings. */
    TokenBuffer buffer(List<String> lines) {
        int chars = 0;
        for (String line : lines) {
            chars += line.length();
        }
        TokenBuffer out = new TokenBuffer(chars / CHARS_PER_TOKEN + 1);
        State state = new State();
        for (String line : lines) {
            state.endSentence();
            scan(line, out, state);
        }
        return out;
    }

    private static final class State {
        int sentence = 0;
        boolean inSentence = false;

        void endSentence() {
            if (inSentence) {
                sentence++;
                inSentence = false;
            }
        }

        void token(TokenBuffer out, String text, char[] line, int start, int end, String term) {
            out.add(text, line, start, end, term, sentence, !inSentence);
            inSentence = true;
        }
    }

    private static void scan(String text, TokenBuffer out, State state) {
        // a char array once per line: the scan below reads each char several times
        char[] line = text.toCharArray();
        int n = line.length;
        int i = 0;
        while (i < n) {
            char c = line[i];
            if (c == '%') {
                state.token(out, text, line, i, i + 1, null);
                i++;
                continue;
            }
            boolean currency = isCurrency(c) && i + 1 < n && isDigit(line[i + 1]);
            if (!currency && !letterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean acronym = false;
            if (currency) {
                i = number(line, i + 1);
            } else if (letter(c) && isAcronymStart(line, i)) {
                i = acronym(line, i);
                acronym = true;
            } else if (isDigit(c)) {
                i = number(line, i);
            } else {
                i = word(line, i);
                // "US$300": an upper-case currency prefix glued to a number
                if (i < n && isCurrency(line[i]) && i + 1 < n && isDigit(line[i + 1])
                        && i - start <= 3 && allUpper(line, start, i)) {
                    i = number(line, i + 1);
                }
            }
            // the term is the surface (null: no copy) except for acronyms, which lose their dots
            state.token(out, text, line, start, i, acronym ? removeDots(line, start, i) : null);
            if (endsSentence(line, start, i, acronym)) {
                state.endSentence();
            }
        }
    }

    private static boolean endsSentence(char[] line, int start, int i, boolean acronym) {
        int n = line.length;
        int j = i;
        boolean dotOnly = true;
        if (acronym && j > 0 && line[j - 1] == '.') {
            // "U.S. President": the acronym's dot says nothing, unless a sentence opener follows
            return j + 1 < n && line[j] == ' ' && SENTENCE_OPENERS.contains(nextWord(line, j + 1));
        }
        while (j < n && (line[j] == '.' || line[j] == '!' || line[j] == '?')) {
            dotOnly &= line[j] == '.';
            j++;
        }
        if (j == i) {
            return false;
        }
        while (j < n && Lines.isCloser(line[j])) {
            j++;
        }
        if (j < n && line[j] != ' ') {
            return false;
        }
        if (dotOnly && j - i == 1) {
            if (i - start == 1 && Character.isUpperCase(line[start])) {
                return false; // an initial: "Robert E. Lighthizer"
            }
            // lower-casing never shortens a word: longer ones need no copy to miss the set
            return i - start > MAX_ABBREVIATION
                    || !ABBREVIATIONS.contains(new String(line, start, i - start).toLowerCase(java.util.Locale.ROOT));
        }
        return true;
    }

    private static boolean isAcronymStart(char[] line, int i) {
        int n = line.length;
        return i + 2 < n && line[i + 1] == '.' && letter(line[i + 2])
                && (i + 3 >= n || !letterOrDigit(line[i + 3]));
    }

    private static int acronym(char[] line, int i) {
        int n = line.length;
        while (i + 1 < n && letter(line[i]) && line[i + 1] == '.'
                && (i + 2 >= n || !letterOrDigit(line[i + 2]) || isAcronymLetter(line, i + 2))) {
            i += 2;
        }
        if (i < n && letter(line[i]) && (i + 1 >= n || !letterOrDigit(line[i + 1]))) {
            i++; // "U.S" without the final dot
        }
        return i;
    }

    private static boolean isAcronymLetter(char[] line, int i) {
        int n = line.length;
        return letter(line[i]) && (i + 1 >= n || !letterOrDigit(line[i + 1]));
    }

    private static int word(char[] line, int i) {
        int n = line.length;
        while (i < n) {
            char c = line[i];
            if (letterOrDigit(c) || isMark(c)) {
                i++;
            } else if (c == '\'' && i + 1 < n && letter(line[i + 1]) && i > 0
                    && letter(line[i - 1])) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static int number(char[] line, int i) {
        int n = line.length;
        while (i < n) {
            char c = line[i];
            if (isDigit(c)) {
                i++;
            } else if ((c == '.' || c == ',') && i + 1 < n && isDigit(line[i + 1])) {
                i++;
            } else if (letter(c)) {
                return word(line, i); // "1.5bn", "20th"
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean allUpper(char[] line, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isUpperCase(line[i])) {
                return false;
            }
        }
        return true;
    }

    private static String removeDots(char[] s, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            if (s[i] != '.') {
                b.append(s[i]);
            }
        }
        return b.toString();
    }

    /** Character.isLetterOrDigit with the ASCII answer inline: most chars of most text are ASCII. */
    static boolean letterOrDigit(char c) {
        return c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
    }

    /** Character.isLetter with the ASCII answer inline. */
    static boolean letter(char c) {
        return c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isCurrency(char c) {
        // '$' is the only ASCII one: other chars below the pound sign need one compare
        return c == '$' || c >= '\u00a3' && (c == '\u20ac' || c == '\u00a3' || c == '\u00a5' || c == '\u20b9');
    }

    /** Combining marks start at U+0300: the common chars that end words need no type lookup. */
    private static final char FIRST_MARK = '\u0300';

    private static boolean isMark(char c) {
        if (c < FIRST_MARK) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
