package dev.storyprint.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Originals built to look like copies: template reports with other figures, a different story
 * that quotes the same sentence, a different text dressed in the same names and topic words.
 */
final class HardNegatives {
    /** Quotes are lifted from sentences of this many words: long enough to be a real quote. */
    static final int QUOTE_MIN_WORDS = 12;
    static final int QUOTE_MAX_WORDS = 40;

    private static final Pattern NAME = Pattern.compile("(?<=[a-z,;] )([A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)\\b(?![-'’])");
    /** Capitalised words that are not names: months, days. */
    private static final Set<String> NOT_NAMES = Set.of("January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
        "Friday", "Saturday", "Sunday");
    private static final String[] INDEXES = {"Straits Times Index", "FTSE 100", "Nikkei 225", "Hang Seng Index",
        "S&P/ASX 200", "DAX"};
    private static final String[] STOCKS = {"Meridian Holdings", "Kestrel Energy", "Pacific Rail", "Harbour Bank",
        "Northwind Foods", "Atlas Mining", "Bluewater Telecom", "Granite Property", "Sterling Insurance",
        "Orchid Pharma", "Summit Airlines", "Lumen Software"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    private static final String[] MOODS_UP = {"gained", "rose", "climbed", "advanced"};
    private static final String[] MOODS_DOWN = {"fell", "slipped", "declined", "dropped"};
    private static final String[] DRIVERS = {"investors weighed fresh inflation data",
        "traders awaited the central bank's policy decision", "oil prices moved sharply overnight",
        "earnings from several large lenders beat forecasts", "bond yields edged higher in the United States",
        "a stronger currency weighed on exporters"};

    private HardNegatives() {}

    /** A daily market report: same template, different figures and movers. */
    static Doc marketReport(Random rnd) {
        String index = INDEXES[rnd.nextInt(INDEXES.length)];
        String day = DAYS[rnd.nextInt(DAYS.length)];
        boolean up = rnd.nextBoolean();
        double level = 2000 + rnd.nextInt(30000) + rnd.nextInt(100) / 100.0;
        double pts = 5 + rnd.nextInt(300) + rnd.nextInt(100) / 100.0;
        double pct = Math.round(pts / level * 10000) / 100.0;
        String move = up ? pick(MOODS_UP, rnd) : pick(MOODS_DOWN, rnd);
        List<String> movers = pickDistinct(STOCKS, 4, rnd);
        int vol = 800 + rnd.nextInt(2500);
        double val = 0.5 + rnd.nextInt(300) / 100.0;
        int gainers = 100 + rnd.nextInt(400);
        int losers = 100 + rnd.nextInt(400);
        List<String> p = new ArrayList<>();
        p.add(String.format(Locale.ROOT, "The %s %s %.2f points, or %.2f per cent, to close at %,.2f on %s, as %s.",
            index, move, pts, pct, level, day, pick(DRIVERS, rnd)));
        p.add(String.format(Locale.ROOT, "Across the broader market, gainers outnumbered losers %d to %d, with %,d million"
            + " shares worth %.2f billion changing hands.", Math.max(gainers, losers), Math.min(gainers, losers), vol, val));
        p.add(String.format(Locale.ROOT, "%s was the most actively traded counter, %s %.1f per cent to %.2f, while %s"
            + " %s %.1f per cent to %.2f.", movers.get(0), up ? "adding" : "shedding", 0.5 + rnd.nextInt(60) / 10.0,
            1 + rnd.nextInt(5000) / 100.0, movers.get(1), up ? "slipped" : "rose", 0.2 + rnd.nextInt(40) / 10.0,
            1 + rnd.nextInt(3000) / 100.0));
        p.add(String.format(Locale.ROOT, "Among the index heavyweights, %s %s %.1f per cent and %s ended %.1f per cent %s.",
            movers.get(2), up ? "advanced" : "lost", 0.1 + rnd.nextInt(40) / 10.0, movers.get(3),
            0.1 + rnd.nextInt(30) / 10.0, rnd.nextBoolean() ? "higher" : "lower"));
        p.add(String.format(Locale.ROOT, "Elsewhere in the region, markets were %s. Analysts said the near-term outlook"
            + " would depend on %s, and that volumes were likely to stay %s ahead of the holiday.",
            rnd.nextBoolean() ? "mixed" : "broadly " + (up ? "firmer" : "weaker"), pick(DRIVERS, rnd),
            rnd.nextBoolean() ? "thin" : "subdued"));
        p.add(String.format(Locale.ROOT, "\"We expect the market to trade in a range of %,d to %,d in the coming sessions,\""
            + " said a dealer at a local brokerage, adding that investors remained cautious.",
            (int) (level * 0.97), (int) (level * 1.03)));
        p.add(String.format(Locale.ROOT, "In currency markets, the local dollar was %s at %.4f against the US dollar."
            + " Gold traded at US$%,.2f an ounce.", up ? "slightly firmer" : "little changed",
            1.2 + rnd.nextInt(3000) / 10000.0, 1800 + rnd.nextInt(900) + rnd.nextInt(100) / 100.0));
        String title = String.format(Locale.ROOT, "%s %s %.2f per cent on %s", index.split(" ")[0].equals("S&P/ASX")
            ? "ASX" : index, up ? "up" : "down", pct, day);
        return new Doc(title, p);
    }

    /** A different story (host) that quotes one sentence of {@code src}. */
    static Doc sharedQuote(Doc host, Doc src, Random rnd) {
        List<String> candidates = new ArrayList<>();
        for (String para : src.paragraphs()) {
            for (String s : Doc.sentences(para)) {
                int w = Doc.words(s);
                if (w >= QUOTE_MIN_WORDS && w <= QUOTE_MAX_WORDS) {
                    candidates.add(s);
                }
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        String q = candidates.get(rnd.nextInt(candidates.size())).replaceAll("[.!?]$", "");
        List<String> names = names(src);
        String who = names.isEmpty() ? "one speaker" : names.get(rnd.nextInt(names.size()));
        List<String> paras = new ArrayList<>(host.paragraphs());
        int at = Math.min(paras.size(), 1 + rnd.nextInt(Math.max(1, paras.size())));
        paras.add(at, "\"" + q + ",\" " + who + " said in a statement that was widely circulated.");
        return new Doc(host.title(), paras);
    }

    /** A different text wearing {@code src}'s names and headline: same topic words, other content. */
    static Doc entityGraft(Doc host, Doc src, Random rnd) {
        List<String> names = names(src);
        if (names.isEmpty()) {
            return null;
        }
        List<String> paras = new ArrayList<>();
        for (String p : host.paragraphs()) {
            Matcher m = NAME.matcher(p);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String rep = NOT_NAMES.contains(m.group(1)) ? m.group(1) : names.get(rnd.nextInt(names.size()));
                m.appendReplacement(sb, Matcher.quoteReplacement(rep));
            }
            m.appendTail(sb);
            paras.add(sb.toString());
        }
        return new Doc(src.title(), paras);
    }

    static List<String> names(Doc d) {
        Set<String> out = new LinkedHashSet<>();
        for (String p : d.paragraphs()) {
            Matcher m = NAME.matcher(p);
            while (m.find()) {
                if (!NOT_NAMES.contains(m.group(1))) {
                    out.add(m.group(1));
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static String pick(String[] a, Random rnd) {
        return a[rnd.nextInt(a.length)];
    }

    private static List<String> pickDistinct(String[] a, int n, Random rnd) {
        List<String> all = new ArrayList<>(List.of(a));
        java.util.Collections.shuffle(all, rnd);
        return all.subList(0, n);
    }
}
