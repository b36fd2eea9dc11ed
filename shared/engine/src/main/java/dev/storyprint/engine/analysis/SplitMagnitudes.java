package dev.storyprint.engine.analysis;

import java.util.Map;

/**
 * Splits an abbreviated magnitude off a number ("$300bn" -> "$300" "billion", "1.5tn" -> "1.5"
 * "trillion", "£40m" -> "£40" "million"), the house style of some outlets for "$300 billion".
 * "m", "b" and "k" count only after a currency amount: "100m" alone is a distance.
 */
final class SplitMagnitudes extends Triggers.TriggeredFilter implements Triggers.OnTerms {
    private static final Map<String, String> ALWAYS = Map.of(
            "bn", "billion", "mn", "million", "mln", "million", "tn", "trillion", "trn", "trillion", "bln", "billion");
    private static final Map<String, String> AFTER_CURRENCY = Map.of("m", "million", "b", "billion", "k", "thousand");

    /** The {@link Triggers} test: digits followed by letters that may be a magnitude. */
    @Override
    public boolean triggeredBy(String term) {
        return magnitudeStart(term) >= 0;
    }

    @Override
    public TokenBuffer apply(TokenBuffer tokens) {
        byte bit = bit();
        if (!tokens.anyMayTrigger(bit)) {
            return tokens;
        }
        TokenBuffer out = null; // a new buffer only once a token splits
        for (int i = 0; i < tokens.size; i++) {
            if (!tokens.mayTrigger(i, bit) || !tokens.isNumber(i)) { // a magnitude follows digits: other terms need no look
                if (out != null) {
                    out.addCopy(tokens, i);
                }
                continue;
            }
            String term = tokens.term(i);
            int digitsEnd = magnitudeStart(term);
            String word = digitsEnd < 0 ? null : magnitude(term, digitsEnd);
            if (word == null) {
                if (out != null) {
                    out.addCopy(tokens, i);
                }
                continue;
            }
            if (out == null) {
                out = new TokenBuffer(tokens.src, tokens.size + 1);
                out.triggers = tokens.triggers;
                for (int k = 0; k < i; k++) {
                    out.addCopy(tokens, k);
                }
            }
            int surfaceCut = tokens.surfaceLength(i) - (term.length() - digitsEnd);
            int cut = tokens.start[i] + Math.max(0, surfaceCut);
            out.add(tokens.start[i], cut, term.substring(0, digitsEnd), tokens.sentence[i],
                    tokens.sentenceStart(i));
            out.add(cut, tokens.end[i], word, tokens.sentence[i], false);
        }
        return out == null ? tokens : out;
    }

    /** Index where letters follow the digits of a number term, or -1. */
    private static int magnitudeStart(String term) {
        int n = term.length();
        // every magnitude suffix ends in n, m, b or k: the rest need no scan
        char last = n == 0 ? 0 : term.charAt(n - 1);
        if (last != 'n' && last != 'm' && last != 'b' && last != 'k') {
            return -1;
        }
        int i = 0;
        while (i < n && !Tokenizer.isDigit(term.charAt(i))) {
            i++;
        }
        if (i == n) {
            return -1;
        }
        while (i < n && (Tokenizer.isDigit(term.charAt(i)) || term.charAt(i) == '.')) {
            i++;
        }
        return i < n && i > 0 ? i : -1;
    }

    private static String magnitude(String term, int digitsEnd) {
        String suffix = term.substring(digitsEnd);
        String word = ALWAYS.get(suffix);
        if (word != null) {
            return word;
        }
        word = AFTER_CURRENCY.get(suffix);
        return word != null && hasCurrency(term, digitsEnd) ? word : null;
    }

    private static boolean hasCurrency(String term, int end) {
        for (int i = 0; i < end; i++) {
            if (Tokenizer.isCurrency(term.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
