package dev.storyprint.engine.analysis;

import java.util.regex.Pattern;

/**
 * Drops a parenthesised currency conversion after an amount ("US$300 billion (S$408 billion)" reads
 * "US$300 billion"): outlets add conversions into their readers' currency.
 */
final class DropCurrencyConversions extends LineRule {
    private static final Pattern CONVERSION = Pattern.compile(
            " ?\\((?:about |around |or |roughly |approx\\. )?\\p{Lu}{0,3}[$\u20ac\u00a3\u00a5\u20b9]\\s?\\d[\\d,.]*"
                    + "(?:\\s?(?:million|billion|trillion|bn|mn|m|b|k|tn))?\\)");

    private static boolean hasCurrencySymbol(String line) {
        for (int i = 0, n = line.length(); i < n; i++) {
            if (Tokenizer.isCurrency(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    String line(String line, long facts) {
        if (!LineFacts.any(facts, LineFacts.PAREN) || !LineFacts.any(facts, LineFacts.CURRENCY | LineFacts.NON_ASCII)
                || line.indexOf('(') < 0 || !hasCurrencySymbol(line)) {
            return line;
        }
        return CONVERSION.matcher(line).replaceAll("");
    }
}
