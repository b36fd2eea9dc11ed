package dev.storyprint.engine.analysis;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds British spellings to American by suffix rules, each guarded by the words it must not touch:
 * -ise/-isation -> -ize/-ization ("materialised"), -yse -> -yze ("analyse"), -our -> -or
 * ("labour"), -tre/-bre -> -ter/-ber ("centre", "fibre"), -logue -> -log ("dialogue"), doubled l
 * before -ed/-ing/-er in unstressed endings ("travelled", "signalling"), and a few irregulars
 * ("manoeuvre", "defence", "programme"). Terms are lower case.
 */
final class AmericanSpelling implements TokenFilter {
    /** Shorter words ("rise", "wise", "four", "tour") are never British variants. */
    static final int MIN_LENGTH = 5;

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("manoeuvre", "maneuver"), Map.entry("manoeuvres", "maneuvers"),
            Map.entry("manoeuvred", "maneuvered"), Map.entry("manoeuvring", "maneuvering"),
            Map.entry("defence", "defense"), Map.entry("defences", "defenses"),
            Map.entry("offence", "offense"), Map.entry("offences", "offenses"),
            Map.entry("licence", "license"), Map.entry("licences", "licenses"),
            Map.entry("pretence", "pretense"), Map.entry("programme", "program"),
            Map.entry("programmes", "programs"), Map.entry("ageing", "aging"),
            Map.entry("judgement", "judgment"), Map.entry("enrol", "enroll"),
            Map.entry("fulfil", "fulfill"), Map.entry("instalment", "installment"),
            Map.entry("jewellery", "jewelry"), Map.entry("grey", "gray"),
            Map.entry("tyre", "tire"), Map.entry("tyres", "tires"), Map.entry("cheque", "check"),
            Map.entry("aluminium", "aluminum"), Map.entry("sceptical", "skeptical"));

    /** Stems (the word before "ise") of words spelled "-ise" in American English too. */
    private static final Set<String> ISE_KEEP = Set.of(
            "advert", "adv", "appr", "chast", "circumc", "compr", "comprom", "conc", "dem", "desp", "dev",
            "enterpr", "exc", "exerc", "expert", "franch", "improv", "inc", "merchand", "parad", "prec",
            "prem", "prom", "repr", "rev", "superv", "surpr", "telev", "treat", "val", "pr", "upr", "sunr",
            "moonr", "mort", "chem", "cer");
    /** "-our" words that are American too, as stems before "our". */
    private static final Set<String> OUR_KEEP = Set.of(
            "cont", "dev", "det", "param", "troubad", "vel", "am", "glam", "sc", "fl", "p", "s", "t", "h",
            "y", "d", "conc", "tamb");
    /** "-ll-" stems whose stress falls on the last syllable keep the doubled l in American English. */
    private static final Set<String> LL_KEEP = Set.of(
            "compel", "dispel", "expel", "propel", "repel", "excel", "rebel", "impel", "extol", "patrol",
            "control", "enrol", "instal", "recal", "befal", "foretel", "retel", "resel", "outsel", "upsel",
            "bestsel", "bookseller", "storytel", "fortunetel", "appal", "enthral", "forestal");

    @Override
    public List<Token> apply(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String term = t.term();
            if (term.length() < MIN_LENGTH) {
                continue;
            }
            String folded = fold(term);
            if (!folded.equals(term)) {
                tokens.set(i, t.withTerm(folded));
            }
        }
        return tokens;
    }

    static String fold(String w) {
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        String r;
        if ((r = ise(w)) != null || (r = yse(w)) != null || (r = our(w)) != null || (r = tre(w)) != null
                || (r = logue(w)) != null || (r = doubledL(w)) != null) {
            return r;
        }
        return w;
    }

    private static final String[][] ISE = {
            {"isations", "izations"}, {"isation", "ization"}, {"ising", "izing"}, {"ised", "ized"},
            {"isers", "izers"}, {"iser", "izer"}, {"ises", "izes"}, {"ise", "ize"}};

    private static String ise(String w) {
        for (String[] s : ISE) {
            if (w.endsWith(s[0])) {
                String stem = w.substring(0, w.length() - s[0].length());
                return stem.length() < 3 || keepsIse(stem) ? null : stem + s[1];
            }
        }
        return null;
    }

    /** "raise", "noise", "otherwise" (a vowel or w before -ise) and listed stems and their compounds. */
    private static boolean keepsIse(String stem) {
        if ("aeiouw".indexOf(stem.charAt(stem.length() - 1)) >= 0 || ISE_KEEP.contains(stem)) {
            return true;
        }
        for (int k = 1; k <= stem.length() - 4; k++) {
            if (ISE_KEEP.contains(stem.substring(k))) {
                return true; // "unsurprising", "overexercised"
            }
        }
        return false;
    }

    private static final String[][] YSE = {{"ysing", "yzing"}, {"ysed", "yzed"}, {"yses", "yzes"}, {"yse", "yze"}};

    private static String yse(String w) {
        if (!(w.startsWith("analys") || w.startsWith("paralys") || w.startsWith("catalys") || w.startsWith("dialys")
                || w.startsWith("electrolys"))) {
            return null;
        }
        for (String[] s : YSE) {
            if (w.endsWith(s[0])) {
                return w.substring(0, w.length() - s[0].length()) + s[1];
            }
        }
        return null;
    }

    private static final String[] OUR_ENDINGS = {"ourites", "ourite", "ourable", "ourably", "ouring", "oured",
            "ourful", "ourers", "ourer", "ours", "our"};

    private static String our(String w) {
        for (String ending : OUR_ENDINGS) {
            if (w.endsWith(ending)) {
                String stem = w.substring(0, w.length() - ending.length());
                if (stem.length() < 2 || OUR_KEEP.contains(stem)) {
                    return null;
                }
                return stem + "or" + ending.substring(3);
            }
        }
        return null;
    }

    private static final String[][] TRE = {{"tres", "ters"}, {"tred", "tered"}, {"tre", "ter"},
            {"bres", "bers"}, {"bre", "ber"}};

    private static String tre(String w) {
        if (w.equals("macabre") || w.startsWith("notre") || w.equals("timbre") || w.startsWith("hatred")) {
            return null;
        }
        for (String[] s : TRE) {
            if (w.endsWith(s[0])) {
                String stem = w.substring(0, w.length() - s[0].length());
                return stem.length() < 2 ? null : stem + s[1];
            }
        }
        return null;
    }

    private static String logue(String w) {
        if (w.endsWith("logues")) {
            return w.substring(0, w.length() - 3) + "s";
        }
        if (w.endsWith("logue")) {
            return w.substring(0, w.length() - 2);
        }
        return null;
    }

    private static final String[] LL_ENDINGS = {"lled", "lling", "ller", "llers", "llor", "llors"};

    private static String doubledL(String w) {
        for (String ending : LL_ENDINGS) {
            if (!w.endsWith(ending)) {
                continue;
            }
            String stem = w.substring(0, w.length() - ending.length() + 1); // "travelled" -> "travel"
            char vowel = stem.length() >= 2 ? stem.charAt(stem.length() - 2) : 'x';
            if ((vowel != 'e' && vowel != 'a') || vowelGroups(stem) < 2 || keepsDoubleL(stem)) {
                return null;
            }
            return stem + ending.substring(2);
        }
        return null;
    }

    private static boolean keepsDoubleL(String stem) {
        if (LL_KEEP.contains(stem)) {
            return true;
        }
        // compounds of one-syllable verbs keep theirs: "bestseller", "storytelling", "upwelling"
        for (String mono : new String[] {"sel", "tel", "wel", "fel", "spel", "smel", "swel", "shel", "yel", "quel",
                "dwel", "cal", "fal", "tal", "wal", "hal", "bal", "stal", "pal", "gal", "mal", "thral"}) {
            if (stem.endsWith(mono) && !stem.equals("counsel") && !stem.equals("total") && !stem.equals("signal")
                    && !stem.equals("pedal") && !stem.equals("medal") && !stem.equals("tunnel") && !stem.equals("marshal")) {
                return true;
            }
        }
        return false;
    }

    private static int vowelGroups(String s) {
        int groups = 0;
        boolean inVowel = false;
        for (int i = 0; i < s.length(); i++) {
            boolean v = "aeiouy".indexOf(s.charAt(i)) >= 0;
            if (v && !inVowel) {
                groups++;
            }
            inVowel = v;
        }
        return groups;
    }
}
