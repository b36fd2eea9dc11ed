package dev.storyprint.bench.perf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Deterministic news-like text for benchmarks: wire-style paragraphs with names, places, numbers
 * and quotes, plus syndicated (house-style edits, trims, reordering) and spun (synonym swaps)
 * copies. Story {@code i} is the same text for every corpus size, so probes can name stored stories.
 * Not a labelled evaluation corpus (that is the bench helper's generator): only load for timing.
 */
public final class NewsText {
    /** Paragraphs per story: a 500-800 word wire story, near the median news article length. */
    static final int MIN_PARAGRAPHS = 9;
    static final int MAX_PARAGRAPHS = 14;
    /** Share of words a spinner swaps: enough to destroy most 5-word shingles. */
    static final double SPIN_RATE = 0.35;

    private static final String[] FIRST = {"Maria", "John", "Wei", "Fatima", "Carlos", "Anna", "Kenji", "Olu",
        "Sarah", "Ahmed", "Li", "Pierre", "Ingrid", "Ravi", "Elena", "Tomas", "Grace", "Yusuf", "Hannah", "Diego"};
    private static final String[] LAST = {"Santos", "Miller", "Zhang", "Haddad", "Rivera", "Kowalski", "Tanaka",
        "Adeyemi", "Johnson", "Karimi", "Chen", "Dubois", "Larsen", "Sharma", "Petrova", "Novak", "Okafor",
        "Demir", "Schmidt", "Alvarez", "Nakamura", "Fischer", "Moreau", "Lindqvist"};
    private static final String[] PLACES = {"Washington", "Beijing", "Brussels", "Nairobi", "Sao Paulo",
        "Jakarta", "Berlin", "Tokyo", "Lagos", "Mexico City", "Ottawa", "Canberra", "Seoul", "Madrid", "Cairo",
        "Mumbai", "Singapore", "Geneva", "Istanbul", "Santiago"};
    private static final String[] ORGS = {"the central bank", "the finance ministry", "the World Trade Organization",
        "the health ministry", "the electoral commission", "the state oil company", "the port authority",
        "the national statistics office", "the regional government", "the supreme court", "the energy regulator",
        "the transport ministry", "the largest trade union", "the stock exchange", "the defence ministry"};
    private static final String[] TOPICS = {"tariffs", "interest rates", "fuel subsidies", "the new budget",
        "rail investment", "water shortages", "vaccine supplies", "grain exports", "steel imports",
        "the pension reform", "wildfire recovery", "chip manufacturing", "housing costs", "fishing quotas",
        "the minimum wage", "coal plants", "the border agreement", "drug prices", "broadband coverage"};
    private static final String[] ROLES = {"minister", "spokeswoman", "spokesman", "analyst", "economist",
        "governor", "senator", "chief executive", "union leader", "mayor", "diplomat", "professor"};
    private static final String[] VERBS = {"said", "warned", "told reporters", "added", "argued", "noted",
        "insisted", "wrote in a statement", "said on Tuesday", "said on Friday"};
    private static final String[] CLAUSES = {
        "talks on %s would resume next week after a pause of %d days",
        "the plan to change %s had been delayed by at least %d months",
        "officials expected %s to dominate the meeting in %s",
        "a compromise on %s could be reached before the end of the year",
        "the dispute over %s had cost companies about %d million dollars",
        "lawmakers were divided over %s and the vote was postponed",
        "the agreement on %s did not address the concerns raised in %s",
        "prices linked to %s rose %d percent in the first quarter",
        "investors reacted calmly to the news about %s",
        "%d people had signed a petition against the decision on %s",
        "the government would publish its review of %s within %d weeks",
        "negotiators from %s had made little progress on %s"};
    private static final String[] QUOTES = {
        "We are not going to accept a deal that hurts working families",
        "The numbers speak for themselves and the trend is clear",
        "Nobody expected this to be easy, but we have made real progress",
        "This is a decision that will shape the next decade",
        "We need more time to study the details before we comment",
        "Our position has not changed since the spring",
        "The market had already priced in most of the risk",
        "It is too early to say whether the measures will work"};
    /** Spinner thesaurus: common news words and the clumsy synonyms spinners pick. */
    private static final String[][] SYNONYMS = {{"said", "acknowledged"}, {"talks", "discussions"},
        {"week", "7 days"}, {"officials", "authorities"}, {"expected", "anticipated"}, {"meeting", "assembly"},
        {"plan", "strategy"}, {"change", "alter"}, {"delayed", "postponed"}, {"least", "minimum"},
        {"companies", "firms"}, {"people", "individuals"}, {"decision", "determination"}, {"year", "12 months"},
        {"prices", "charges"}, {"rose", "climbed"}, {"government", "administration"}, {"review", "evaluation"},
        {"little", "small"}, {"progress", "development"}, {"deal", "offer"}, {"clear", "obvious"},
        {"real", "genuine"}, {"time", "period"}, {"study", "examine"}, {"position", "stance"},
        {"market", "industry"}, {"risk", "threat"}, {"early", "premature"}, {"measures", "steps"},
        {"trade", "replace"}, {"agreement", "settlement"}, {"concerns", "worries"}, {"divided", "split"},
        {"vote", "ballot"}, {"news", "information"}, {"warned", "cautioned"}, {"added", "extra"},
        {"reporters", "journalists"}, {"next", "subsequent"}, {"resume", "restart"}, {"would", "might"}};

    private NewsText() {}

    /** Story {@code i}: the same text in every run and for every corpus size. */
    public static String story(long i) {
        Random r = new Random(0x5eed_0000L + i * 0x9E3779B97F4A7C15L);
        String place = pick(r, PLACES);
        // the story's own subject and people (coined from i): distinct stories share the template's
        // wording, as same-desk stories do, but not whole sentences with their names in them
        String topic = pick(r, TOPICS) + " for " + coined(i, 0);
        String org = pick(r, ORGS);
        String person1 = pick(r, FIRST) + " " + coined(i, 1);
        String person2 = pick(r, FIRST) + " " + coined(i, 2);
        StringBuilder sb = new StringBuilder(4096);
        sb.append(cap(topic)).append(" talks in ").append(place).append(" stall as ").append(org)
                .append(" weighs options (story ").append(i).append(")\n\n");
        sb.append(place.toUpperCase(Locale.ROOT)).append(" (Wire) - ").append(cap(org)).append(" said on ")
                .append(pick(r, new String[] {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}))
                .append(" it would review ").append(topic).append(" after ").append(1 + r.nextInt(40))
                .append(" months of negotiations, a move that ").append(person1)
                .append(" described as overdue.\n\n");
        int paragraphs = MIN_PARAGRAPHS + r.nextInt(MAX_PARAGRAPHS - MIN_PARAGRAPHS + 1);
        for (int p = 0; p < paragraphs; p++) {
            int sentences = 2 + r.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    sb.append(' ');
                }
                sentence(sb, r, p % 3 == 0 ? person1 : person2, topic, place);
            }
            sb.append("\n\n");
        }
        sb.append("Reporting by ").append(pick(r, FIRST)).append(' ').append(pick(r, LAST))
                .append("; Editing by ").append(pick(r, FIRST)).append(' ').append(pick(r, LAST)).append('\n');
        return sb.toString();
    }

    private static void sentence(StringBuilder sb, Random r, String person, String topic, String place) {
        int kind = r.nextInt(4);
        if (kind == 0) {
            sb.append('"').append(pick(r, QUOTES)).append(",\" ").append(person).append(", the ")
                    .append(pick(r, ROLES)).append(", ").append(pick(r, VERBS)).append('.');
            return;
        }
        String clause = pick(r, CLAUSES);
        Object[] args = new Object[countFormats(clause)];
        for (int a = 0; a < args.length; a++) {
            boolean number = clause.split("%")[a + 1].startsWith("d");
            args[a] = number ? (Object) (2 + r.nextInt(950)) : (a == 0 ? topic : (r.nextBoolean() ? place : pick(r, PLACES)));
        }
        String body = String.format(Locale.ROOT, clause, args);
        if (kind == 1) {
            sb.append(person).append(' ').append(pick(r, VERBS)).append(" that ").append(body).append('.');
        } else if (kind == 2) {
            sb.append(cap(pick(r, ORGS))).append(" in ").append(place).append(" ").append(pick(r, VERBS))
                    .append(" that ").append(body).append('.');
        } else {
            sb.append("According to ").append(pick(r, ORGS)).append(", ").append(body).append('.');
        }
    }

    /** A syndicated copy: new headline and byline, one paragraph trimmed, two swapped, wire credit. */
    public static String syndicated(String story, long seed) {
        Random r = new Random(seed);
        List<String> paras = new ArrayList<>(List.of(story.split("\n\n")));
        paras.set(0, "UPDATED: " + paras.get(0));
        if (paras.size() > 6) {
            paras.remove(2 + r.nextInt(paras.size() - 4));
            int a = 2 + r.nextInt(paras.size() - 4);
            String t = paras.get(a);
            paras.set(a, paras.get(a + 1));
            paras.set(a + 1, t);
        }
        paras.add(1, "By " + pick(r, FIRST) + " " + pick(r, LAST) + ", Staff Writer");
        return String.join("\n\n", paras) + "\n\n- Wire\n";
    }

    /**
     * Copy {@code n} of a wire story as outlet {@code n} runs it: its own headline, one paragraph
     * trimmed (which one depends on n), its own credit line.
     */
    public static String hotCopy(String story, long n) {
        Random r = new Random(0xC0DE_0000L + n * 0x9E3779B97F4A7C15L);
        List<String> paras = new ArrayList<>(List.of(story.split("\n\n")));
        paras.set(0, pick(r, FIRST) + " " + pick(r, LAST) + " Daily " + n + ": " + paras.get(0).toLowerCase(Locale.ROOT));
        if (paras.size() > 4) {
            paras.remove(2 + r.nextInt(paras.size() - 3));
        }
        return String.join("\n\n", paras) + "\n\nThis story was provided by the Wire and published by outlet number "
                + n + " under licence.\n";
    }

    /** A 50-word footer that many unrelated stories of one publisher end with. */
    public static final String FOOTER = "About us: The Harbour Courier is an independent newsroom serving the "
            + "coast since 1921. We rely on readers like you. Subscribe today for unlimited access to local news, "
            + "weather and sport, delivered every morning. Questions, corrections or tips can be sent to our "
            + "editors at any hour, day or night.";
    /** A 20-word stock sentence that many unrelated stories carry. */
    public static final String STOCK = "Officials did not immediately respond to several requests for comment, and the "
            + "situation remained very fluid late on the day.";

    /** Story {@code i} of a set of distinct stories that share {@link #FOOTER} and {@link #STOCK}. */
    public static String withBoilerplate(long i) {
        List<String> paras = new ArrayList<>(List.of(story(i).split("\n\n")));
        paras.add(Math.min(3, paras.size()), STOCK);
        return String.join("\n\n", paras) + "\n\n" + FOOTER + "\n";
    }

    /** A spun copy: a share of words replaced by thesaurus synonyms; names, numbers and order survive. */
    public static String spun(String story, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(story.length() + 256);
        for (String word : story.split(" ", -1)) {
            String replaced = word;
            for (String[] pair : SYNONYMS) {
                if (word.startsWith(pair[0]) && r.nextDouble() < SPIN_RATE * 2) {
                    replaced = pair[1] + word.substring(pair[0].length());
                    break;
                }
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(replaced);
        }
        return sb.toString();
    }

    /**
     * The texts to time: the seeds (read from the shared dir, never copied), the team's samples when
     * present, then generated stories up to {@code count}.
     */
    public static List<String> corpus(Path sharedDir, Path rootDir, int count) {
        List<String> out = new ArrayList<>();
        out.addAll(readTexts(sharedDir == null ? null : sharedDir.resolve("seeds")));
        out.addAll(readTexts(rootDir == null ? null : rootDir.resolve("samples")));
        for (long i = 0; out.size() < count; i++) {
            out.add(story(1_000_000 + i));
        }
        return out.size() > count ? out.subList(0, count) : out;
    }

    /** Number of texts in {@link #corpus} that came from files (seeds, samples). */
    public static int realTexts(Path sharedDir, Path rootDir) {
        return readTexts(sharedDir == null ? null : sharedDir.resolve("seeds")).size()
                + readTexts(rootDir == null ? null : rootDir.resolve("samples")).size();
    }

    static List<String> readTexts(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> out = new ArrayList<>();
            for (Path p : files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int countFormats(String s) {
        int n = 0;
        for (int i = s.indexOf('%'); i >= 0; i = s.indexOf('%', i + 1)) {
            n++;
        }
        return n;
    }

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "to", "sa", "vi", "dor", "ne", "ba",
        "lu", "zor", "fe", "gan", "pi", "tru"};

    /** A made-up capitalized name, five syllables from a mix of {@code i} and {@code salt}: about a million of them. */
    static String coined(long i, int salt) {
        long h = (i * 3 + salt + 1) * 0x9E3779B97F4A7C15L;
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 5; k++) {
            sb.append(SYLLABLES[(int) (h >>> (60 - 4 * k)) & 15]);
        }
        return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
    }

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }

    private static String cap(String s) {
        String t = s.startsWith("the ") ? s.substring(4) : s;
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
