package dev.storyprint.engine.analysis;

import java.util.Map;
import java.util.Set;

/**
 * Folds British spellings to American by rules, each guarded by the words it must not touch:
 * -ise/-isation -> -ize/-ization ("materialised"), -yse -> -yze ("analyse"), -our -> -or
 * ("labour", "neighbourhood"), -tre/-bre -> -ter/-ber ("centre", "fibre"), -logue -> -log
 * ("dialogue"), doubled l in unstressed endings ("travelled", "medallist"), Greek ae/oe and a few
 * stems ("paediatric", "sulphur", "mould"), and irregulars ("manoeuvre", "defence", "programme").
 * Checked against the Debian British and American word lists: no American word that lacks a
 * British variant is changed, except plural nouns in -ises ("trellises"), which fold the same in
 * every copy. Terms are lower case.
 */
final class AmericanSpelling implements TermFilter {
    /** Shorter words ("rise", "wise", "four", "tour") are never British variants. */
    static final int MIN_LENGTH = 5;

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("manoeuvre", "maneuver"), Map.entry("manoeuvres", "maneuvers"),
            Map.entry("manoeuvred", "maneuvered"), Map.entry("manoeuvring", "maneuvering"),
            Map.entry("manoeuvrable", "maneuverable"), Map.entry("manoeuvrability", "maneuverability"),
            Map.entry("defence", "defense"), Map.entry("defences", "defenses"), Map.entry("defenceless", "defenseless"),
            Map.entry("offence", "offense"), Map.entry("offences", "offenses"),
            Map.entry("licence", "license"), Map.entry("licences", "licenses"),
            Map.entry("pretence", "pretense"), Map.entry("programme", "program"),
            Map.entry("programmes", "programs"), Map.entry("ageing", "aging"),
            Map.entry("judgement", "judgment"), Map.entry("judgements", "judgments"), Map.entry("enrol", "enroll"),
            Map.entry("enrolment", "enrollment"), Map.entry("fulfil", "fulfill"), Map.entry("fulfilment", "fulfillment"),
            Map.entry("instalment", "installment"), Map.entry("instalments", "installments"),
            Map.entry("jewellery", "jewelry"), Map.entry("grey", "gray"), Map.entry("greyer", "grayer"),
            Map.entry("tyre", "tire"), Map.entry("tyres", "tires"), Map.entry("cheque", "check"),
            Map.entry("cheques", "checks"), Map.entry("aluminium", "aluminum"), Map.entry("practise", "practice"),
            Map.entry("practised", "practiced"), Map.entry("practises", "practices"), Map.entry("practising", "practicing"),
            Map.entry("counsellor", "counselor"), Map.entry("counsellors", "counselors"),
            Map.entry("dialled", "dialed"), Map.entry("dialling", "dialing"), Map.entry("trialled", "trialed"),
            Map.entry("trialling", "trialing"), Map.entry("fuelled", "fueled"), Map.entry("fuelling", "fueling"),
            Map.entry("woollen", "woolen"), Map.entry("skilful", "skillful"), Map.entry("skilfully", "skillfully"),
            Map.entry("wilful", "willful"), Map.entry("draught", "draft"), Map.entry("draughts", "drafts"),
            Map.entry("pyjamas", "pajamas"), Map.entry("storey", "story"), Map.entry("storeys", "stories"),
            Map.entry("speciality", "specialty"), Map.entry("specialities", "specialties"),
            Map.entry("kerb", "curb"), Map.entry("kerbs", "curbs"), Map.entry("furore", "furor"),
            Map.entry("plough", "plow"), Map.entry("ploughs", "plows"), Map.entry("ploughed", "plowed"));

    /** Word starts spelled differently (Greek ae/oe, ph/f and others), applied once, longest first. */
    private static final String[][] PREFIXES = {
            {"anaesthe", "anesthe"}, {"haemo", "hemo"}, {"haema", "hema"}, {"haemorrh", "hemorrh"}, {"paedia", "pedia"},
            {"palaeo", "paleo"}, {"gynaeco", "gyneco"}, {"leukaem", "leukem"}, {"oesophag", "esophag"}, {"oestrog", "estrog"},
            {"foetus", "fetus"}, {"foetal", "fetal"}, {"aetiolog", "etiolog"}, {"oedema", "edema"}, {"sulph", "sulf"},
            {"mould", "mold"}, {"moult", "molt"}, {"sceptic", "skeptic"}};

    /** "-ise" family endings and their American forms. */
    private static final String[][] ISE = {
            {"isational", "izational"}, {"isations", "izations"}, {"isation", "ization"}, {"isingly", "izingly"},
            {"isements", "izements"}, {"isement", "izement"}, {"isable", "izable"}, {"isably", "izably"},
            {"ising", "izing"}, {"ised", "ized"}, {"isers", "izers"}, {"iser", "izer"}, {"ises", "izes"}, {"ise", "ize"}};
    /** Stems (the word before "ise") of words spelled "-ise" in American English too. */
    private static final Set<String> ISE_KEEP = Set.of(
            "advert", "adv", "appr", "chast", "circumc", "compr", "comprom", "conc", "dem", "desp", "dev",
            "enterpr", "exc", "exerc", "expert", "franch", "improv", "inc", "merchand", "parad", "prec",
            "prem", "prom", "repr", "rev", "superv", "surpr", "telev", "treat", "val", "pr", "upr", "sunr",
            "moonr", "mort", "chem", "cer", "surm", "exorc", "catech", "mant", "trell", "pelv", "pen", "metropol",
            "megalopol", "cannab", "chrysal", "clemat", "clitor", "epiderm", "fin", "glott", "probosc", "portcull",
            "amaryll", "verdigr", "bas", "cr", "ir", "term", "tenn");

    /** What may follow "our" in a British word ("colour-ful", "neighbour-hood"). */
    private static final String[] OUR_SUFFIXES = {
            "", "s", "ed", "ing", "ings", "er", "ers", "ite", "ites", "itism", "able", "ably", "ful", "fully", "less",
            "lessness", "hood", "hoods", "ly", "liness", "ism", "ist", "ists", "ation", "ations", "y", "ies", "ier",
            "iest", "fast", "blind", "al", "ally"};
    /** Stems before "our" of words spelled so in American English too ("four", "contour", "downpour"). */
    private static final Set<String> OUR_KEEP = Set.of(
            "cont", "dev", "det", "param", "troubad", "vel", "am", "glam", "sc", "fl", "p", "s", "t", "h",
            "y", "d", "f", "conc", "tamb", "downp", "outp", "park", "pompad");

    private static final String[][] YSE = {{"ysers", "yzers"}, {"yser", "yzer"}, {"ysing", "yzing"}, {"ysed", "yzed"},
            {"yses", "yzes"}, {"yse", "yze"}};

    private static final String[][] TRE = {{"tres", "ters"}, {"tred", "tered"}, {"tre", "ter"},
            {"bres", "bers"}, {"bre", "ber"}};

    private static final String[] LL_ENDINGS = {"lled", "lling", "ller", "llers", "llist", "llists", "llous"};
    /** "-ll-" stems whose stress falls on the last syllable keep the doubled l in American English. */
    private static final Set<String> LL_KEEP = Set.of(
            "compel", "dispel", "expel", "propel", "repel", "excel", "rebel", "impel", "extol", "patrol",
            "control", "enrol", "instal", "recal", "befal", "appal", "enthral", "forestal", "rathskel",
            "parallel", "chancel", "gospel", "corral");
    /** One-syllable verbs whose compounds keep their doubled l ("bestseller", "storytelling"). */
    private static final String[] LL_MONOSYLLABLES = {"sel", "tel", "wel", "fel", "spel", "smel", "swel", "shel", "yel",
            "quel", "dwel", "cal", "fal", "tal", "wal", "hal", "bal", "stal", "pal", "gal", "mal", "thral", "cel", "bel",
            "del", "kel", "nel", "mel"};
    /** Two-syllable stems ending like a monosyllable that do take the American single l. */
    private static final Set<String> LL_FOLD = Set.of(
            "counsel", "total", "signal", "pedal", "medal", "tunnel", "marshal", "channel", "panel", "kennel", "funnel",
            "flannel", "model", "remodel", "yodel", "label", "relabel", "libel", "level", "bevel", "grovel", "shovel",
            "snorkel", "cancel", "parcel", "spiral", "initial", "rival", "equal", "lateral", "victual", "cudgel", "pommel",
            "pummel", "trammel", "enamel", "apparel");

    @Override
    public String term(String term) {
        return term.length() < MIN_LENGTH ? term : fold(term);
    }

    static String fold(String w) {
        if (IRREGULAR_SHAPES[Math.min(w.length(), MAX_SHAPE_LENGTH)][w.charAt(w.length() - 1) & 0x7f]) {
            String irregular = IRREGULAR.get(w);
            if (irregular != null) {
                return irregular;
            }
        }
        int pairs = pairs(w);
        if (pairs == 0) {
            return w;
        }
        String r = null;
        if ((pairs & (AE | OE | PH | SC)) != 0 || (pairs & OU) != 0 && w.charAt(0) == 'm') {
            r = prefix(w);
        }
        if (r == null && (pairs & IS) != 0) {
            r = ise(w);
        }
        if (r == null && (pairs & YS) != 0) {
            r = yse(w);
        }
        if (r == null && (pairs & OU) != 0) {
            r = our(w);
        }
        if (r == null && (pairs & RE) != 0) {
            r = tre(w);
        }
        if (r == null && (pairs & UE) != 0) {
            r = logue(w);
        }
        if (r == null && (pairs & LL) != 0) {
            r = doubledL(w);
        }
        return r == null ? w : r;
    }

    private static final int IS = 1;
    private static final int YS = 2;
    private static final int OU = 4;
    private static final int RE = 8;
    private static final int UE = 16;
    private static final int LL = 32;
    private static final int AE = 64;
    private static final int OE = 128;
    private static final int PH = 256;
    private static final int SC = 512;

    /** One scan for the letter pairs the rules need: most words have none, or trigger one rule. */
    private static int pairs(String w) {
        int bits = 0;
        char a = w.charAt(0);
        for (int i = 1, n = w.length(); i < n; i++) {
            char b = w.charAt(i);
            switch (b) {
                case 's':
                    bits |= a == 'i' ? IS : a == 'y' ? YS : 0;
                    break;
                case 'u':
                    bits |= a == 'o' ? OU : 0;
                    break;
                case 'e':
                    bits |= a == 'r' ? RE : a == 'u' ? UE : a == 'a' ? AE : a == 'o' ? OE : 0;
                    break;
                case 'l':
                    bits |= a == 'l' ? LL : 0;
                    break;
                case 'h':
                    bits |= a == 'p' ? PH : 0;
                    break;
                case 'c':
                    bits |= a == 's' ? SC : 0;
                    break;
                default:
                    break;
            }
            a = b;
        }
        return bits;
    }

    /** Lengths above this share one row of {@link #IRREGULAR_SHAPES}. */
    private static final int MAX_SHAPE_LENGTH = 24;
    /** (length, last character) of every irregular word: a table lookup spares most words the hash. */
    private static final boolean[][] IRREGULAR_SHAPES = new boolean[MAX_SHAPE_LENGTH + 1][128];

    static {
        for (String key : IRREGULAR.keySet()) {
            IRREGULAR_SHAPES[Math.min(key.length(), MAX_SHAPE_LENGTH)][key.charAt(key.length() - 1) & 0x7f] = true;
        }
    }

    private static String prefix(String w) {
        for (String[] p : PREFIXES) {
            if (w.startsWith(p[0])) {
                String rest = w.substring(p[0].length());
                String folded = p[1] + rest;
                // "colourful" -> "colorful"; the rest may still carry a rule of its own ("centred")
                return rest.isEmpty() ? folded : foldRest(folded);
            }
        }
        return null;
    }

    private static String foldRest(String w) {
        String r = ise(w);
        return r != null ? r : w;
    }

    private static String ise(String w) {
        for (String[] s : ISE) {
            if (w.endsWith(s[0])) {
                String stem = w.substring(0, w.length() - s[0].length());
                return stem.length() < 3 || keeps(stem, ISE_KEEP) || endsInVowelOrW(stem) ? null : stem + s[1];
            }
        }
        return null;
    }

    /** "raise", "noise", "otherwise": a vowel or w before -ise. */
    private static boolean endsInVowelOrW(String stem) {
        return "aeiouw".indexOf(stem.charAt(stem.length() - 1)) >= 0;
    }

    /** The stem or a compound ending in it ("unsurprising", "unadvised") is listed. */
    private static boolean keeps(String stem, Set<String> kept) {
        if (kept.contains(stem)) {
            return true;
        }
        for (int k = 1; k <= stem.length() - 3; k++) {
            if (kept.contains(stem.substring(k))) {
                return true;
            }
        }
        return false;
    }

    private static String yse(String w) {
        if (!(w.startsWith("analys") || w.startsWith("paralys") || w.startsWith("catalys") || w.startsWith("dialys")
                || w.startsWith("electrolys") || w.startsWith("psychoanalys") || w.startsWith("hydrolys"))) {
            return null;
        }
        for (String[] s : YSE) {
            if (w.endsWith(s[0])) {
                return w.substring(0, w.length() - s[0].length()) + s[1];
            }
        }
        return null;
    }

    private static String our(String w) {
        int at = w.lastIndexOf("our");
        if (at < 2) {
            return null;
        }
        String suffix = w.substring(at + 3);
        boolean known = false;
        for (String s : OUR_SUFFIXES) {
            if (s.equals(suffix)) {
                known = true;
                break;
            }
        }
        String stem = w.substring(0, at);
        if (!known || keepsOur(stem)) {
            return null;
        }
        return stem + "or" + suffix;
    }

    /** Listed stems, and compounds of the multi-letter ones ("downpour" is "down" + "pour"). */
    private static boolean keepsOur(String stem) {
        if (OUR_KEEP.contains(stem)) {
            return true;
        }
        for (int k = 1; k < stem.length(); k++) {
            String tail = stem.substring(k);
            if (OUR_KEEP.contains(tail) && (tail.length() >= 2 || isCompoundHead(stem.substring(0, k)))) {
                return true;
            }
        }
        return false;
    }

    /** Words that form compounds with "hour", "pour", "tour", "four" ("manhour", "downpour", "detour"). */
    private static boolean isCompoundHead(String head) {
        return head.equals("down") || head.equals("out") || head.equals("man") || head.equals("half") || head.equals("re")
                || head.equals("con") || head.equals("be") || head.equals("eco") || head.equals("forty")
                || head.equals("twenty");
    }

    private static String tre(String w) {
        if (w.startsWith("macabre") || w.startsWith("notre") || w.startsWith("timbre") || w.startsWith("hatred")
                || w.startsWith("cadre") || w.startsWith("genre") || w.startsWith("sabretache")) {
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
        if (LL_FOLD.contains(stem) || endsWithAny(stem, LL_FOLD)) {
            return false;
        }
        for (String mono : LL_MONOSYLLABLES) {
            if (stem.endsWith(mono)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAny(String stem, Set<String> stems) {
        for (int k = 1; k <= stem.length() - 4; k++) {
            if (stems.contains(stem.substring(k))) {
                return true; // "unrivalled", "remodelled"
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
