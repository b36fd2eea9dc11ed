package dev.storyprint.bench;

import dev.storyprint.engine.Label;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Builds the labelled corpus deterministically from a seed: base stories, their syndicated and spun
 * copies, hard negatives, and an arrival order in which some copies come before their source.
 */
final class CorpusBuilder {
    enum Split { TEST, TUNE }

    /** Every fifth Europarl excerpt is held out for tuning the baseline; the rest is the test pool. */
    static final int TUNE_EVERY = 5;
    /** Share of generated articles that are hard negatives (originals that look like copies). */
    static final double HARD_SHARE = 0.22;
    /** Share of copies that arrive before the article they were made from. */
    static final double P_EARLY = 0.15;
    /** Share of articles that carry a publishedAt the engine may use (the rest: arrival order only). */
    static final double P_DATED = 0.8;
    /** Copies per story: 0,1,2,3 with these weights (mean 1.4). */
    static final double[] COPY_COUNT_WEIGHTS = {0.2, 0.35, 0.3, 0.15};
    /** Copy kinds: syndicated, spun-a, spun-b, spun-of-syndicated. */
    static final double[] COPY_KIND_WEIGHTS = {0.45, 0.22, 0.18, 0.15};
    /** Hard-negative kinds: template, shared-quote, same-debate, entity-graft. */
    static final double[] HARD_KIND_WEIGHTS = {0.3, 0.25, 0.25, 0.2};
    /** Spinners swap this share of the words they know, drawn uniformly. */
    static final double MIN_SPIN_RATE = 0.2;
    static final double MAX_SPIN_RATE = 0.7;

    static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
    private static final int WINDOW_MINUTES = 30 * 24 * 60;

    private final Spinner spinnerA = Spinner.a();
    private final Spinner spinnerB = Spinner.b();
    private final Syndicator syndicator = new Syndicator();
    private final List<Sources.Excerpt> europarl;

    CorpusBuilder() {
        this(Sources.europarl());
    }

    CorpusBuilder(List<Sources.Excerpt> europarl) {
        this.europarl = europarl;
    }

    /** The corpus in arrival order. */
    record Corpus(List<Item> items, int europarlDocs, Map<String, Integer> byKind) {}

    /** A story under construction: its items with their docs and times. */
    private static final class Node {
        Item item;
        Doc doc;
        Instant arrival;
    }

    Corpus build(long seed, int size, Split split, Path sharedDir, Path samplesDir) {
        Random rnd = new Random(seed ^ (split == Split.TUNE ? 0x5EEDL : 0L));
        List<Node> fixed = new ArrayList<>();
        List<Node> fixedOriginals = new ArrayList<>();
        if (split == Split.TEST) {
            int i = 0;
            for (String group : List.of("seed", "sample")) {
                Path dir = group.equals("seed") ? sharedDir == null ? null : sharedDir.resolve("seeds") : samplesDir;
                if (dir == null) {
                    continue;
                }
                for (Sources.Labelled l : Sources.labelledDir(dir)) {
                    Node n = new Node();
                    String id = group + "/" + l.file();
                    Label truth = Label.fromWire(l.label());
                    String root = l.copyOf() == null ? id : group + "/" + l.copyOf();
                    Instant t = EPOCH.minus(Duration.ofDays(60)).plus(Duration.ofMinutes(i++));
                    n.item = new Item(id, l.text(), truth, root, l.copyOf() == null ? null : root, group, "-", null, t,
                        false, 0, false);
                    n.doc = Doc.parse(l.text());
                    n.arrival = t;
                    fixed.add(n);
                    if (truth == Label.ORIGINAL) {
                        fixedOriginals.add(n);
                    }
                }
            }
        }
        int budget = Math.max(0, size - fixed.size());
        int hardTarget = (int) Math.round(budget * HARD_SHARE);
        List<Sources.Excerpt> pool = new ArrayList<>();
        for (Sources.Excerpt e : europarl) {
            if ((e.index() % TUNE_EVERY == 0) == (split == Split.TUNE)) {
                pool.add(e);
            }
        }
        Collections.shuffle(pool, rnd);
        Map<String, List<Sources.Excerpt>> byDebate = new HashMap<>();
        for (Sources.Excerpt e : pool) {
            byDebate.computeIfAbsent(e.debate(), k -> new ArrayList<>()).add(e);
        }
        java.util.Set<Integer> used = new java.util.HashSet<>();
        // reserve the hard negatives' texts first, so that they do not lose out to stories
        int[] hardCounts = new int[HARD_KIND_WEIGHTS.length];
        for (int i = 0; i < hardTarget; i++) {
            hardCounts[pickWeighted(HARD_KIND_WEIGHTS, rnd)]++;
        }
        List<Sources.Excerpt> storyFirst = new ArrayList<>();
        Map<Sources.Excerpt, Sources.Excerpt> sameDebate = new LinkedHashMap<>();
        for (Sources.Excerpt e : pool) {
            if (sameDebate.size() >= hardCounts[2]) {
                break;
            }
            if (used.contains(e.index())) {
                continue;
            }
            for (Sources.Excerpt sib : byDebate.get(e.debate())) {
                if (sib != e && !used.contains(sib.index())) {
                    used.add(e.index());
                    used.add(sib.index());
                    storyFirst.add(e);
                    sameDebate.put(e, sib);
                    break;
                }
            }
        }
        List<Sources.Excerpt> hosts = new ArrayList<>();
        for (int i = pool.size() - 1; i >= 0 && hosts.size() < hardCounts[1] + hardCounts[3]; i--) {
            if (used.add(pool.get(i).index())) {
                hosts.add(pool.get(i));
            }
        }
        List<Sources.Excerpt> storyPool = new ArrayList<>(storyFirst);
        for (Sources.Excerpt e : pool) {
            if (!used.contains(e.index())) {
                storyPool.add(e);
            }
        }
        List<Node> generated = new ArrayList<>();
        List<List<Node>> stories = new ArrayList<>();
        Map<Sources.Excerpt, Node> storyOf = new HashMap<>();

        // copies of the fixed originals, published after them
        for (Node o : fixedOriginals) {
            if (generated.size() >= budget - hardTarget) {
                break;
            }
            List<Node> story = new ArrayList<>(List.of(o));
            addCopy(story, rnd, generated);
            stories.add(story);
        }
        int europarlUsed = 0;
        for (Sources.Excerpt e : storyPool) {
            if (generated.size() >= budget - hardTarget) {
                break;
            }
            europarlUsed++;
            Node o = new Node();
            String id = String.format(Locale.ROOT, "ep/%04d", e.index());
            Instant pub = EPOCH.plus(Duration.ofMinutes(rnd.nextInt(WINDOW_MINUTES)));
            o.doc = e.doc();
            o.item = new Item(id, e.doc().render(), Label.ORIGINAL, id, null, "original", "-", dated(pub, rnd), pub,
                false, 0, false);
            o.arrival = pub.plus(Duration.ofMinutes(rnd.nextInt(30)));
            generated.add(o);
            storyOf.put(e, o);
            List<Node> story = new ArrayList<>(List.of(o));
            stories.add(story);
            int k = pickWeighted(COPY_COUNT_WEIGHTS, rnd);
            for (int c = 0; c < k && generated.size() < budget - hardTarget; c++) {
                addCopy(story, rnd, generated);
            }
        }
        // pool exhausted: more copies of existing stories rather than fewer articles
        while (generated.size() < budget - hardTarget && !stories.isEmpty()) {
            addCopy(stories.get(rnd.nextInt(stories.size())), rnd, generated);
        }
        List<Node> hardNodes = new ArrayList<>();
        for (Map.Entry<Sources.Excerpt, Sources.Excerpt> pair : sameDebate.entrySet()) {
            Node src = storyOf.get(pair.getKey());
            if (src != null) {
                europarlUsed++;
                hardNodes.add(hard(hardNodes.size(), "hard-same-debate", pair.getValue().doc(), src, rnd));
            }
        }
        int hostNext = 0;
        for (int kind : new int[] {1, 3}) {
            for (int i = 0; i < hardCounts[kind] && hostNext < hosts.size() && !stories.isEmpty(); i++) {
                Node src = stories.get(rnd.nextInt(stories.size())).get(0);
                Sources.Excerpt host = hosts.get(hostNext++);
                Doc doc = kind == 1 ? HardNegatives.sharedQuote(host.doc(), src.doc, rnd)
                    : HardNegatives.entityGraft(host.doc(), src.doc, rnd);
                if (doc != null) {
                    europarlUsed++;
                    hardNodes.add(hard(hardNodes.size(), kind == 1 ? "hard-shared-quote" : "hard-entity-graft", doc,
                        src, rnd));
                }
            }
        }
        while (hardNodes.size() < hardTarget) {
            hardNodes.add(hard(hardNodes.size(), "hard-template", HardNegatives.marketReport(rnd), null, rnd));
        }
        generated.addAll(hardNodes);
        generated.sort(Comparator.comparing((Node n) -> n.arrival).thenComparing(n -> n.item.id()));
        List<Item> items = new ArrayList<>();
        for (Node n : fixed) {
            items.add(n.item);
        }
        for (Node n : generated) {
            items.add(n.item);
        }
        Map<String, Integer> byKind = new LinkedHashMap<>();
        for (Item it : items) {
            byKind.merge(it.kind(), 1, Integer::sum);
        }
        return new Corpus(List.copyOf(items), europarlUsed, byKind);
    }

    private Node hard(int n, String kindName, Doc doc, Node src, Random rnd) {
        Node node = new Node();
        String id = String.format(Locale.ROOT, "hard/%04d-%s", n, kindName.substring(5));
        Instant pub = src == null ? EPOCH.plus(Duration.ofMinutes(rnd.nextInt(WINDOW_MINUTES)))
            // published near the story it resembles, so both are at hand when it arrives
            : src.item.published().plus(Duration.ofMinutes(5 + rnd.nextInt(600)));
        node.doc = doc;
        node.item = new Item(id, doc.render(), Label.ORIGINAL, id, src == null ? null : src.item.id(), kindName, "-",
            dated(pub, rnd), pub, false, 0, false);
        node.arrival = pub.plus(Duration.ofMinutes(rnd.nextInt(30)));
        return node;
    }

    private Instant dated(Instant published, Random rnd) {
        return rnd.nextDouble() < P_DATED ? published : null;
    }

    /** Adds one copy to {@code story}: syndicated, spun by A or B, or spun from a syndicated copy. */
    private void addCopy(List<Node> story, Random rnd, List<Node> generated) {
        Node root = story.get(0);
        int kind = pickWeighted(COPY_KIND_WEIGHTS, rnd);
        Node parent = root;
        String text;
        String kindName;
        String strength;
        Label truth;
        double changed = 0;
        boolean wrapped = false;
        if (kind == 0) {
            Syndicator.Result r = syndicator.syndicate(root.doc, rnd);
            text = r.doc().render();
            kindName = "syndicated";
            strength = keptBucket(r.kept());
            wrapped = r.wrapped();
            truth = Label.SYNDICATED;
        } else {
            Spinner sp = kind == 1 ? spinnerA : kind == 2 ? spinnerB : rnd.nextBoolean() ? spinnerA : spinnerB;
            String base = root.doc.render();
            kindName = sp.name();
            if (kind == 3) {
                kindName = "spun-of-syndicated";
                Node synd = null;
                for (Node n : story) {
                    if (n.item.truth() == Label.SYNDICATED) {
                        synd = n;
                    }
                }
                if (synd != null) {
                    parent = synd;
                    base = synd.item.text();
                    wrapped = synd.item.wrapped();
                } else {
                    Syndicator.Result r = syndicator.syndicate(root.doc, rnd);
                    base = r.doc().render();
                    wrapped = r.wrapped();
                }
            }
            double rate = MIN_SPIN_RATE + rnd.nextDouble() * (MAX_SPIN_RATE - MIN_SPIN_RATE);
            Spinner.Result r = sp.spin(base, rate, rnd);
            text = r.text();
            strength = substBucket(r.rate());
            changed = (double) r.substituted() / Math.max(1, Doc.words(base));
            truth = Label.SPUN;
        }
        Node n = new Node();
        boolean early = rnd.nextDouble() < P_EARLY;
        Instant pub = parent.item.published().plus(Duration.ofMinutes(10 + rnd.nextInt(2 * 24 * 60)));
        n.arrival = early ? parent.arrival.minus(Duration.ofMinutes(1 + rnd.nextInt(240)))
            : pub.plus(Duration.ofMinutes(rnd.nextInt(30)));
        if (n.arrival.isBefore(EPOCH.minus(Duration.ofDays(59)))) {
            // the fixed block arrives first, so its copies cannot come earlier
            n.arrival = pub;
            early = false;
        }
        String id = root.item.id() + "~" + (story.size()) + "-" + kindName;
        n.item = new Item(id, text, truth, root.item.rootId(), parent.item.id(), kindName, strength, dated(pub, rnd),
            pub, early, changed, wrapped);
        n.doc = Doc.parse(text);
        story.add(n);
        generated.add(n);
    }

    static String keptBucket(double kept) {
        if (kept < 0.4) {
            return "kept <40%";
        }
        if (kept < 0.6) {
            return "kept 40-60%";
        }
        if (kept < 0.8) {
            return "kept 60-80%";
        }
        return "kept 80-100%";
    }

    static String substBucket(double rate) {
        int lo = Math.min(60, (int) Math.floor(rate * 10) * 10);
        return "subst " + lo + "-" + (lo + 10) + "%";
    }

    static int pickWeighted(double[] w, Random rnd) {
        double r = rnd.nextDouble();
        double acc = 0;
        for (int i = 0; i < w.length; i++) {
            acc += w[i];
            if (r < acc) {
                return i;
            }
        }
        return w.length - 1;
    }
}
