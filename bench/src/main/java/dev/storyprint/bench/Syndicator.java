package dev.storyprint.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Republishes a story the way another outlet's desk does: its house style, a trim (or an added
 * background paragraph), a paragraph or two moved, a new headline, byline, caption, credit line,
 * and the whitespace and quote damage that copy-paste brings. Words of the story itself are not
 * paraphrased.
 */
final class Syndicator {
    /** Lowest share of the source's words a trimmed copy keeps (the brief's 40-90% trims). */
    static final double MIN_KEEP = 0.40;
    /** Share of copies left untrimmed (kept whole, maybe extended). */
    static final double P_UNTRIMMED = 0.2;
    static final double P_EXTEND = 0.3;
    static final double P_REORDER = 0.5;
    static final double P_BYLINE = 0.6;
    static final double P_CAPTION = 0.4;
    static final double P_CREDIT = 0.7;
    static final double P_WHITESPACE_DAMAGE = 0.3;
    static final double P_QUOTE_DAMAGE = 0.3;
    /** US$ to S$ rate the Singapore-style desk prints. */
    static final double SGD_PER_USD = 1.35;

    enum HouseStyle { SINGAPORE, AMERICAN_WIRE, BRITISH_PAPER }

    private static final String[] REPORTERS = {"Daniel Koh", "Aisha Rahman", "Peter Lindgren", "Grace Tan",
        "Michael O'Neill", "Sofia Moretti", "Rahul Mehta", "Claire Dubois", "Tom Hargreaves", "Lin Wei"};
    private static final String[] CREDITS = {"REUTERS", "AFP", "- Reuters", "- AFP", "BLOOMBERG",
        "Additional reporting by Staff Writers", "This article first appeared in The Evening Courier.",
        "(Reporting by Staff Writers; editing by the Foreign Desk)", "PA", "-- Wire services"};
    private static final String[] BACKGROUND = {
        "The issue has been debated for several years and is expected to return to the agenda next year.",
        "Observers say the outcome will be closely watched by neighbouring countries facing similar pressures.",
        "Critics have long argued that the current arrangements are too slow and too costly.",
        "The matter was first raised in a report published last spring, which drew a mixed response.",
        "Officials did not respond to requests for further comment on Tuesday evening."};
    private static final Map<String, String> US_TO_UK = new LinkedHashMap<>();

    static {
        String[][] pairs = {{"organization", "organisation"}, {"organizations", "organisations"},
            {"organize", "organise"}, {"organized", "organised"}, {"recognize", "recognise"},
            {"recognized", "recognised"}, {"realize", "realise"}, {"emphasize", "emphasise"},
            {"criticize", "criticise"}, {"criticized", "criticised"}, {"prioritize", "prioritise"},
            {"center", "centre"}, {"centers", "centres"}, {"program", "programme"}, {"programs", "programmes"},
            {"labor", "labour"}, {"defense", "defence"}, {"color", "colour"}, {"favor", "favour"},
            {"favorable", "favourable"}, {"behavior", "behaviour"}, {"neighbor", "neighbour"},
            {"neighboring", "neighbouring"}, {"honor", "honour"}, {"analyze", "analyse"},
            {"license", "licence"}, {"traveled", "travelled"}, {"canceled", "cancelled"},
            {"fulfill", "fulfil"}, {"catalog", "catalogue"}, {"apologized", "apologised"},
            {"harmonization", "harmonisation"}, {"liberalization", "liberalisation"},
            {"modernization", "modernisation"}, {"utilize", "utilise"}, {"stabilize", "stabilise"}};
        for (String[] p : pairs) {
            US_TO_UK.put(p[0], p[1]);
        }
    }

    private static final Pattern DOLLARS = Pattern.compile("(?<![A-Z])\\$(\\d+(?:[.,]\\d+)*)(\\s+(?:million|billion|trillion))?");
    private static final Pattern HONORIFIC_DOT = Pattern.compile("\\b(Mr|Mrs|Ms|Dr)\\.");
    private static final Pattern HONORIFIC_NODOT = Pattern.compile("\\b(Mr|Mrs|Ms|Dr)(?=\\s)");
    private static final Pattern SAID_NAME = Pattern.compile("(said|says|told)\\s+([A-Z][a-z]+)\\s+([A-Z][a-z]+)\\b");

    /** A syndicated copy and the share of the source's words it kept. */
    record Result(Doc doc, double kept, HouseStyle style, boolean extended, boolean reordered, boolean wrapped) {}

    Result syndicate(Doc src, Random rnd) {
        HouseStyle style = HouseStyle.values()[rnd.nextInt(HouseStyle.values().length)];
        // trim at sentence granularity, keeping paragraphs
        List<List<String>> paras = new ArrayList<>();
        int total = 0;
        for (String p : src.paragraphs()) {
            List<String> ss = Doc.sentences(p);
            paras.add(new ArrayList<>(ss));
            total += Doc.words(p);
        }
        double target = rnd.nextDouble() < P_UNTRIMMED ? 1.0 : MIN_KEEP + rnd.nextDouble() * (0.9 - MIN_KEEP);
        int keptWords = total;
        if (target < 1.0) {
            boolean tail = rnd.nextDouble() < 0.6;
            while (keptWords > target * total && countSentences(paras) > 2) {
                int pi;
                int si;
                if (tail) {
                    pi = lastNonEmpty(paras);
                    si = paras.get(pi).size() - 1;
                } else {
                    pi = rnd.nextInt(paras.size());
                    if (paras.get(pi).isEmpty() || (pi == 0 && paras.get(0).size() == 1 && keptWords < total)) {
                        continue;
                    }
                    si = rnd.nextInt(paras.get(pi).size());
                }
                int w = Doc.words(paras.get(pi).get(si));
                if (keptWords - w < MIN_KEEP * total) {
                    break;
                }
                keptWords -= w;
                paras.get(pi).remove(si);
            }
        }
        List<String> body = new ArrayList<>();
        for (List<String> p : paras) {
            if (!p.isEmpty()) {
                body.add(String.join(" ", p));
            }
        }
        boolean reordered = false;
        if (body.size() >= 3 && rnd.nextDouble() < P_REORDER) {
            int from = 1 + rnd.nextInt(body.size() - 1);
            String moved = body.remove(from);
            int to = 1 + rnd.nextInt(body.size());
            body.add(Math.min(to, body.size()), moved);
            reordered = to != from;
        }
        boolean extended = rnd.nextDouble() < P_EXTEND;
        if (extended) {
            body.add(BACKGROUND[rnd.nextInt(BACKGROUND.length)]);
        }
        List<String> out = new ArrayList<>();
        for (String p : body) {
            out.add(houseStyle(p, style));
        }
        if (rnd.nextDouble() < P_BYLINE) {
            out.add(0, "By " + REPORTERS[rnd.nextInt(REPORTERS.length)]);
        }
        if (rnd.nextDouble() < P_CAPTION) {
            String who = firstName(src);
            String cap = (style == HouseStyle.SINGAPORE ? "PHOTO: " : "FILE PHOTO: ") + who
                + " during the session on Tuesday. " + (rnd.nextBoolean() ? "REUTERS/Staff" : "Photo: AFP");
            out.add(Math.min(out.size(), 1 + rnd.nextInt(2)), cap);
        }
        if (rnd.nextDouble() < P_CREDIT) {
            out.add(CREDITS[rnd.nextInt(CREDITS.length)]);
        }
        String headline = newHeadline(src, rnd);
        if (rnd.nextDouble() < P_QUOTE_DAMAGE) {
            out.replaceAll(Syndicator::flipQuotes);
        }
        boolean wrapped = rnd.nextDouble() < P_WHITESPACE_DAMAGE;
        if (wrapped) {
            out.replaceAll(p -> damageWhitespace(p, rnd));
        }
        return new Result(new Doc(houseStyle(headline, style), out), (double) keptWords / total, style, extended,
            reordered, wrapped);
    }

    private static int lastNonEmpty(List<List<String>> paras) {
        for (int i = paras.size() - 1; i >= 0; i--) {
            if (!paras.get(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private static int countSentences(List<List<String>> paras) {
        int n = 0;
        for (List<String> p : paras) {
            n += p.size();
        }
        return n;
    }

    static String houseStyle(String p, HouseStyle style) {
        String s = p;
        switch (style) {
            case SINGAPORE -> {
                s = dollars(s);
                s = s.replace("U.S.", "US").replace("U.K.", "UK").replace("percent", "per cent").replace("%", " per cent");
                s = HONORIFIC_DOT.matcher(s).replaceAll("$1");
                s = SAID_NAME.matcher(s).replaceAll("$1 Mr $2 $3");
                s = spell(s, true);
            }
            case AMERICAN_WIRE -> {
                s = s.replace("per cent", "percent");
                s = HONORIFIC_NODOT.matcher(s).replaceAll("$1.");
                s = spell(s, false);
            }
            case BRITISH_PAPER -> {
                s = s.replace("percent", "per cent").replace("U.S.", "US");
                s = HONORIFIC_DOT.matcher(s).replaceAll("$1");
                s = spell(s, true);
            }
        }
        return s;
    }

    /** "$300 billion" -> "US$300 billion (S$405 billion)". */
    static String dollars(String s) {
        Matcher m = DOLLARS.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String num = m.group(1);
            String unit = m.group(2) == null ? "" : m.group(2);
            String rep;
            try {
                double v = Double.parseDouble(num.replace(",", ""));
                double sgd = v * SGD_PER_USD;
                String sg = sgd >= 100 ? String.format(Locale.ROOT, "%,.0f", sgd) : String.format(Locale.ROOT, "%.1f", sgd);
                rep = "US$" + num + unit + " (S$" + sg + unit + ")";
            } catch (NumberFormatException e) {
                rep = "US$" + num + unit;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(rep));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String spell(String s, boolean toBritish) {
        String out = s;
        for (Map.Entry<String, String> e : US_TO_UK.entrySet()) {
            String from = toBritish ? e.getKey() : e.getValue();
            String to = toBritish ? e.getValue() : e.getKey();
            out = out.replaceAll("\\b" + from + "\\b", to);
        }
        return out;
    }

    private static String newHeadline(Doc src, Random rnd) {
        List<String> ss = Doc.sentences(src.paragraphs().get(rnd.nextInt(Math.min(3, src.paragraphs().size()))));
        String s = ss.isEmpty() ? String.valueOf(src.title()) : ss.get(0);
        String[] w = s.replaceAll("[\"“”,.;:]", "").split("\\s+");
        int n = Math.min(w.length, 6 + rnd.nextInt(5));
        String h = String.join(" ", java.util.Arrays.copyOfRange(w, 0, n));
        return rnd.nextBoolean() || src.title() == null ? h : src.title() + ": " + h.toLowerCase(Locale.ROOT);
    }

    private static String firstName(Doc src) {
        Matcher m = Pattern.compile("\\b([A-Z][a-z]+ [A-Z][a-z]+)\\b").matcher(String.join(" ", src.paragraphs()));
        while (m.find()) {
            String n = m.group(1);
            if (!n.startsWith("The ") && !n.startsWith("In ")) {
                return n;
            }
        }
        return "A delegate";
    }

    static String flipQuotes(String p) {
        if (p.contains("“") || p.contains("’")) {
            return p.replace('“', '"').replace('”', '"').replace('’', '\'').replace('‘', '\'');
        }
        StringBuilder sb = new StringBuilder();
        boolean open = true;
        for (char c : p.toCharArray()) {
            if (c == '"') {
                sb.append(open ? '“' : '”');
                open = !open;
            } else if (c == '\'') {
                sb.append('’');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Double spaces, hard wraps and trailing blanks, as pasted from another system. */
    static String damageWhitespace(String p, Random rnd) {
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (String w : p.split(" ")) {
            if (col > 0) {
                if (col > 60 && rnd.nextInt(3) == 0) {
                    sb.append(" \n");
                    col = 0;
                } else {
                    sb.append(rnd.nextInt(12) == 0 ? "  " : " ");
                }
            }
            sb.append(w);
            col += w.length() + 1;
        }
        return sb.toString();
    }
}
