package dev.storyprint.engine.analysis;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops photo captions and credits, which every outlet rewrites: lines opened by an upper-case photo
 * label ("FILE PHOTO:", "PHOTO:") and lines ending in a photo credit, either parenthesised with a
 * slash or photo word ("(Greg Baker/AFP/Getty Images)", "(Photo: AP)") or an agency slash credit
 * ("REUTERS/Kevin Lamarque").
 */
final class DropCaptions extends LineRule {
    /** Upper-case label words that mark a caption, not a dateline ("WASHINGTON:" is kept). */
    private static final List<String> LABEL_WORDS = List.of("PHOTO", "PICTURE", "IMAGE", "CAPTION", "VIDEO", "GRAPHIC");
    /** Credit words that start a parenthesised credit. */
    private static final List<String> CREDIT_STARTS = List.of("photo", "picture", "image", "credit", "file photo", "courtesy");
    /** A credit is short; a longer parenthetical is prose. */
    static final int MAX_CREDIT_CHARS = 80;
    /** Upper-case agency, a slash, then a capitalized name of up to four words, at the end of the line. */
    private static final Pattern SLASH_CREDIT = Pattern.compile(
            "(?:^|[\\s.\"'])\\p{Lu}{2,}(?:\\s\\p{Lu}{2,})?(?:/\\p{Lu}[\\p{L}.'-]*(?:\\s\\p{Lu}[\\p{L}.'-]*){0,3})+$");

    @Override
    String line(String line, long facts) {
        return isCaption(line, facts) ? null : line;
    }

    static boolean isCaption(String line, long facts) {
        return LineFacts.any(facts, LineFacts.COLON) && hasPhotoLabel(line) || endsWithParenthesisedCredit(line)
                || LineFacts.any(facts, LineFacts.SLASH) && endsWithSlashCredit(line);
    }

    private static boolean hasPhotoLabel(String line) {
        int colon = line.indexOf(':');
        if (colon < 2 || colon > 40) {
            return false;
        }
        String label = line.substring(0, colon);
        if (!label.equals(label.toUpperCase(Locale.ROOT))) {
            return false;
        }
        for (String word : LABEL_WORDS) {
            if (label.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithParenthesisedCredit(String line) {
        int end = line.length() - 1;
        if (end < 0 || line.charAt(end) != ')') {
            return false;
        }
        int open = line.lastIndexOf('(', end);
        if (open < 0 || end - open > MAX_CREDIT_CHARS) {
            return false;
        }
        String inner = line.substring(open + 1, end).strip();
        if (inner.indexOf('/') > 0 && Character.isUpperCase(inner.charAt(0))) {
            return true;
        }
        for (String start : CREDIT_STARTS) {
            if (Lines.startsWithIgnoreCase(inner, 0, start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithSlashCredit(String line) {
        int from = Math.max(0, line.length() - MAX_CREDIT_CHARS);
        if (line.indexOf('/', from) < 0) {
            return false;
        }
        Matcher m = SLASH_CREDIT.matcher(line);
        m.region(from, line.length());
        m.useAnchoringBounds(false);
        return m.find();
    }
}
