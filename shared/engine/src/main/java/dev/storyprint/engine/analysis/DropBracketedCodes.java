package dev.storyprint.engine.analysis;

/**
 * Drops short bracketed codes without lower-case letters: acronym expansions and ticker or wire
 * codes ("Trade Representative (USTR)", "Huawei [HWT.UL]", "(NYSE: IBM)", "(AP)"), which outlets add
 * or leave out.
 */
final class DropBracketedCodes extends LineRule {
    /** Codes are short; longer brackets hold prose. */
    static final int MAX_CODE_CHARS = 20;

    @Override
    String line(String line, long facts) {
        if (!LineFacts.any(facts, LineFacts.PAREN | LineFacts.BRACKET) || line.indexOf('(') < 0 && line.indexOf('[') < 0) {
            return line;
        }
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < line.length(); i++) {
            char open = line.charAt(i);
            if (open != '(' && open != '[') {
                continue;
            }
            char close = open == '(' ? ')' : ']';
            int end = closing(line, i + 1, close);
            if (end < 0 || !isCode(line, i + 1, end)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(line.length());
            }
            int cut = i;
            while (cut > copied && line.charAt(cut - 1) == ' ') {
                cut--;
            }
            out.append(line, copied, cut);
            copied = end + 1;
            i = end;
        }
        if (out == null) {
            return line;
        }
        out.append(line, copied, line.length());
        return out.toString();
    }

    /** The closing bracket within reach of a code, or -1: bounded, so a line of brackets stays linear. */
    private static int closing(String line, int from, char close) {
        int limit = Math.min(line.length(), from + MAX_CODE_CHARS + 1);
        for (int j = from; j < limit; j++) {
            if (line.charAt(j) == close) {
                return j;
            }
        }
        return -1;
    }

    private static boolean isCode(String line, int from, int to) {
        int upper = 0;
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 2;
    }
}
