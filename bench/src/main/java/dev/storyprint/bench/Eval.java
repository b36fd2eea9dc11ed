package dev.storyprint.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.storyprint.engine.Engine;
import dev.storyprint.engine.Label;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code ./storyprint eval} ({@link EvalCommand}): builds the labelled corpus,
 * runs the engine and the MinHash baseline over it, prints one table for both.
 */
public final class Eval {
    static final int DEFAULT_SIZE = 2000;
    static final long DEFAULT_SEED = 42;
    /** The baseline is tuned on a held-out corpus of this share of the test size (disjoint base stories). */
    static final double TUNE_SIZE_SHARE = 0.5;
    static final int MIN_TUNE_SIZE = 200;
    /** Wrong verdicts listed per confusion cell in the report. */
    static final int EXAMPLES_PER_CELL = 3;

    /**
     * @param field   folder holding the field set's texts ({@code <id>.txt}); its manifest is
     *                {@code bench/field/manifest.csv} (or {@code manifest.csv} inside the folder)
     * @param split   which half of the field set and of the LLM stories is scored: test, dev or all
     * @param generated whether to run the generated corpus (off with {@code --slices-only})
     */
    record Options(int size, long seed, Path json, boolean write, Path root, Path shared, Path field, String split,
                   boolean generated, boolean fitCalibration) {}

    /** Europarl excerpts (from the test pool) that evasive copies are also made of, besides news-like sources. */
    static final int EVASION_EUROPARL_SOURCES = 40;

    record BaselineChoice(int shingle, double threshold, double tuningMacroF1, int tuningSize) {}

    record Failure(String id, String kind, String strength, String truth, String predicted, double confidence,
                   String arrival, String evidence) {}

    record Result(int size, long seed, Map<String, Integer> corpus, int europarlDocs, Scorer.Report engine,
                  Scorer.Report baseline, BaselineChoice baselineChoice, List<Failure> engineFailures,
                  String engineError, String engineNote, double engineSeconds, StoryCheck storyCheck) {}

    private Eval() {}

    public static void main(String[] args) {
        System.exit(EvalCommand.commandLine().execute(args));
    }

    /** The run behind {@link EvalCommand}: the generated corpus and the slices, or the calibration fit. */
    static void run(Options o) throws IOException {
        if (o.fitCalibration()) {
            fitCalibration(o, System.err);
            return;
        }
        String dump = System.getProperty("storyprint.dump.pairs");
        if (dump != null) {
            dumpPairs(o, Path.of(dump));
            return;
        }
        Result r = o.generated() ? evaluate(o, System.err) : null;
        PrintStream out = System.out;
        if (r != null) {
            out.print(render(r, false));
            out.println();
        }
        List<SliceEval.Result> slices = slices(o, System.err);
        StringBuilder text = new StringBuilder();
        for (SliceEval.Result s : slices) {
            text.append(SliceEval.render(s));
        }
        out.print(text);
        if (o.json() != null) {
            // times as ISO-8601 text: the one java.time type the results hold, without another module
            ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .registerModule(new SimpleModule().addSerializer(Instant.class, ToStringSerializer.instance));
            m.writeValue(o.json().toFile(), Map.of("generated", r == null ? Map.of() : r, "slices", slices));
            System.err.println("wrote " + o.json());
        }
        if (o.write()) {
            Path md = o.root().resolve("bench/results/eval.md");
            Files.createDirectories(md.getParent());
            Files.writeString(md, (r == null ? "" : render(r, true) + "\n## Slices\n\n") + "```\n" + text + "```\n",
                StandardCharsets.UTF_8);
            System.err.println("wrote " + md);
        }
    }

    /**
     * The slices beside the generated corpus: the field set (when its texts are present), LLM
     * rewrites (the team's committed ones, and rewrites of field articles when present) and evasive
     * copies. The baseline's shingle size and threshold are chosen on the field set's development
     * half, or on the generated tuning corpus when the field set is absent.
     */
    static List<SliceEval.Result> slices(Options o, PrintStream log) {
        Path manifest = Files.isRegularFile(o.field().resolve("manifest.csv")) ? o.field().resolve("manifest.csv")
            : o.root().resolve("bench/field/manifest.csv");
        boolean field = Files.isRegularFile(manifest) && Files.isDirectory(o.field());
        JaccardBaseline.Choice choice;
        String note;
        if (field) {
            choice = JaccardBaseline.tune(Slice.field("field dev", manifest, o.field(), "dev").items());
            note = ", chosen on the field set's development half";
        } else {
            log.println("field set: no texts at " + o.field() + " (see bench/field/README.md): field slices skipped");
            choice = JaccardBaseline.tune(new CorpusBuilder().build(o.seed(), MIN_TUNE_SIZE * 2, CorpusBuilder.Split.TUNE,
                null, null).items());
            note = ", chosen on the generated tuning corpus";
        }
        log.println("slice baseline: " + choice + note);
        java.util.function.Predicate<String> half = story -> switch (o.split()) {
            case "all" -> true;
            case "dev" -> storyNumber(story) % 2 == 1;
            default -> storyNumber(story) % 2 == 0;
        };
        List<SliceEval.Result> out = new ArrayList<>();
        if (field) {
            out.add(SliceEval.run(Slice.field("field set, " + o.split() + " half", manifest, o.field(), o.split()),
                choice, note));
            Path rewrites = o.root().resolve("bench/field/rewrites.csv");
            Path rewriteTexts = o.field().resolveSibling("rewrites");
            if (Files.isRegularFile(rewrites) && Files.isDirectory(rewriteTexts)) {
                Set<String> inSplit = new java.util.HashSet<>();
                for (Map<String, String> row : Csv.read(manifest)) {
                    if (o.split().equals("all") || o.split().equals(row.get("split"))) {
                        inSplit.add(row.get("id"));
                    }
                }
                out.add(SliceEval.run(Slice.rewrites("LLM rewrites of field articles, " + o.split() + " half", rewrites,
                    rewriteTexts, o.root(), o.field(), inSplit::contains), choice, note));
            }
        }
        Path llm = o.root().resolve("bench/llm");
        Slice team = null;
        if (Files.isRegularFile(llm.resolve("manifest.csv"))) {
            team = Slice.rewrites("LLM rewrites of the team's stories, " + o.split() + " half", llm.resolve("manifest.csv"),
                llm, o.root(), null, half);
            out.add(SliceEval.run(team, choice, note));
        }
        List<Item> sources = new ArrayList<>();
        if (team != null) {
            for (Item it : team.items()) {
                if (it.kind().equals("llm/source")) {
                    sources.add(it);
                }
            }
        }
        int europarl = 0;
        for (Sources.Excerpt e : Sources.europarl()) {
            if (e.index() % CorpusBuilder.TUNE_EVERY != 0 && europarl++ < EVASION_EUROPARL_SOURCES) {
                sources.add(new Item("europarl-" + e.index(), e.doc().render(), dev.storyprint.engine.Label.ORIGINAL,
                    "europarl-" + e.index(), null, "europarl", "-", null, Slice.EPOCH, false, 0, false));
            }
        }
        out.add(SliceEval.run(Slice.evasion("evasive copies", sources, o.seed()), choice, note));
        return out;
    }

    /**
     * A study aid (system property storyprint.dump.pairs=DIR): the generated corpus's related pairs
     * (each copy or hard negative with the article it derives from; template reports with the one
     * before) as text files and a list for the engine's PairDriver.
     */
    static void dumpPairs(Options o, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Item> items = new CorpusBuilder().build(o.seed(), o.size(), CorpusBuilder.Split.TEST, o.shared(),
            o.root().resolve("samples")).items();
        Map<String, Item> byId = new HashMap<>();
        items.forEach(it -> byId.put(it.id(), it));
        StringBuilder list = new StringBuilder();
        Item lastTemplate = null;
        int n = 0;
        for (Item it : items) {
            Item other = it.parentId() != null ? byId.get(it.parentId()) : it.kind().equals("hard-template") ? lastTemplate : null;
            if (it.kind().equals("hard-template")) {
                lastTemplate = it;
            }
            if (other == null) {
                continue;
            }
            Path a = dir.resolve(n + ".a.txt");
            Path b = dir.resolve(n + ".b.txt");
            Files.writeString(a, other.text(), StandardCharsets.UTF_8);
            Files.writeString(b, it.text(), StandardCharsets.UTF_8);
            String expected = it.truth() == dev.storyprint.engine.Label.ORIGINAL ? "none" : it.truth().wire();
            list.append(it.id().replace('\t', ' ')).append('/').append(it.kind()).append('\t').append(expected)
                .append('\t').append(a).append('\t').append(b).append('\n');
            n++;
        }
        Files.writeString(dir.resolve("pairs.tsv"), list.toString(), StandardCharsets.UTF_8);
        System.err.println("wrote " + n + " pairs to " + dir);
    }

    /**
     * How much each verdict counts in the calibration fit: real articles more than generated ones
     * (the generator's low-volume spins make the shared-sentence rule look wrong where real carriers
     * make it right); the evasion slice not at all (its copies are all of one easy kind).
     */
    static final double GENERATED_CALIBRATION_WEIGHT = 0.2;
    static final double FIELD_CALIBRATION_WEIGHT = 5;
    static final double LLM_CALIBRATION_WEIGHT = 2;

    /** The engine's calibration table, in the engine's resources. */
    static final String CALIBRATION_TABLE = "shared/engine/src/main/resources/dev/storyprint/engine/calibration.tsv";

    /**
     * {@code --fit-calibration}: runs the fitting data through the shipped path (the generated
     * tuning corpus of this seed, never a test seed; the development halves of the field set and
     * the LLM slices; the evasion slice) and fits each rule's margin-to-probability map. Prints the
     * table, or writes it into the engine's resources with {@code --write}.
     */
    static void fitCalibration(Options o, PrintStream log) throws IOException {
        Options study = new Options(o.size(), o.seed(), null, false, o.root(), o.shared(), o.field(), "dev", false, false);
        Map<Slice, Double> data = new LinkedHashMap<>();
        data.put(new Slice("generated tuning corpus", new CorpusBuilder().build(o.seed(), o.size(), CorpusBuilder.Split.TUNE,
            null, null).items(), 0), GENERATED_CALIBRATION_WEIGHT);
        for (SliceEval.Result r : slices(study, log)) {
            double w = r.slice().name().startsWith("field") ? FIELD_CALIBRATION_WEIGHT
                : r.slice().name().startsWith("LLM") ? LLM_CALIBRATION_WEIGHT : 0;
            if (w > 0) {
                data.put(r.slice(), w);
            }
        }
        List<CalibrationFit.Point> points = new ArrayList<>();
        for (Map.Entry<Slice, Double> d : data.entrySet()) {
            Slice s = d.getKey();
            List<PipelineRun.Outcome> outs = new PipelineRun(Engine.standard()).run(s.items());
            Map<String, PipelineRun.Outcome> byArticle = new HashMap<>();
            outs.forEach(x -> byArticle.put(x.articleId(), x));
            for (PipelineRun.Outcome x : outs) {
                if (x.label() == Label.REJECTED || x.verdict().evidence() == null) {
                    continue;
                }
                PipelineRun.Outcome first = byArticle.get(x.storyId());
                boolean story = !Slice.isCopyLabel(x.item().truth())
                    || first != null && x.item().rootId().equals(first.item().rootId());
                points.add(new CalibrationFit.Point(x.verdict().evidence().decidedBy(), x.verdict().evidence().margin(),
                    x.label() == x.item().truth() && story, d.getValue()));
            }
            log.printf(Locale.ROOT, "calibration data: %s, %d verdicts%n", s.name(), outs.size());
        }
        String table = CalibrationFit.fit(points, String.format(Locale.ROOT,
            "# rule\tmargin\tprobability right: fitted by ./storyprint eval --fit-calibration --write (generated tuning"
                + " corpus of seed %d, %d articles, weight %.1f; field development half, weight %.0f; LLM development"
                + " halves, weight %.0f), %d verdicts%n", o.seed(), o.size(), GENERATED_CALIBRATION_WEIGHT,
            FIELD_CALIBRATION_WEIGHT, LLM_CALIBRATION_WEIGHT, points.size()));
        if (o.write()) {
            Path out = o.root().resolve(CALIBRATION_TABLE);
            Files.writeString(out, table, StandardCharsets.UTF_8);
            log.println("wrote " + out);
        } else {
            System.out.print(table);
        }
    }

    /** "s07" -> 7; a story name without digits counts as 0. */
    static int storyNumber(String story) {
        String d = story.replaceAll("\\D", "");
        return d.isEmpty() ? 0 : Integer.parseInt(d.substring(0, Math.min(6, d.length())));
    }

    /** The command line as {@link EvalCommand} reads it (tests). */
    static Options parse(String[] args) {
        EvalCommand command = new EvalCommand();
        EvalCommand.commandLine(command).parseArgs(args);
        return command.options();
    }

    static Result evaluate(Options o, PrintStream log) {
        CorpusBuilder builder = new CorpusBuilder();
        Path samples = o.root().resolve("samples");
        CorpusBuilder.Corpus test = builder.build(o.seed(), o.size(), CorpusBuilder.Split.TEST, o.shared(),
            Files.isDirectory(samples) ? samples : null);
        int tuneSize = Math.max(MIN_TUNE_SIZE, (int) (o.size() * TUNE_SIZE_SHARE));
        CorpusBuilder.Corpus tune = builder.build(o.seed(), tuneSize, CorpusBuilder.Split.TUNE, null, null);
        log.printf(Locale.ROOT, "corpus: %d test articles, %d tuning articles%s%n", test.items().size(),
            tune.items().size(), o.shared() == null ? " (no shared dir: seeds skipped)" : "");

        BaselineChoice choice = tuneBaseline(tune.items());
        log.printf(Locale.ROOT, "baseline tuned: shingle %d, threshold %.2f (tuning macro-F1 %.3f)%n",
            choice.shingle(), choice.threshold(), choice.tuningMacroF1());
        List<Item> items = test.items();
        MinHashBaseline.Nearest nn = MinHashBaseline.nearest(items, choice.shingle());
        int[] matched = new int[items.size()];
        Label[] bl = MinHashBaseline.label(items, nn, choice.threshold(), matched);
        List<Scorer.Prediction> bp = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String root = bl[i] == Label.ORIGINAL ? items.get(i).id() : items.get(matched[i]).rootId();
            bp.add(new Scorer.Prediction(items.get(i), bl[i], root, 1.0));
        }
        Scorer.Report baseline = Scorer.score("minhash-baseline", bp, false);

        Scorer.Report engine = null;
        List<Failure> failures = new ArrayList<>();
        String engineError = null;
        String engineNote = null;
        double secs = 0;
        StoryCheck storyCheck = null;
        try {
            long t0 = System.nanoTime();
            List<PipelineRun.Outcome> outs = new PipelineRun(Engine.standard()).run(items);
            secs = (System.nanoTime() - t0) / 1e9;
            Map<String, PipelineRun.Outcome> byArticle = new HashMap<>();
            for (PipelineRun.Outcome x : outs) {
                byArticle.put(x.articleId(), x);
            }
            storyCheck = storyCheck(outs);
            log.println(storyCheck);
            java.util.Set<String> earlySources = new java.util.HashSet<>();
            for (Item it : items) {
                if (it.early()) {
                    earlySources.add(it.parentId());
                }
            }
            List<Scorer.Prediction> ep = new ArrayList<>();
            Map<String, Integer> perCell = new HashMap<>();
            for (PipelineRun.Outcome x : outs) {
                PipelineRun.Outcome storyOriginal = byArticle.get(x.storyId());
                String root = storyOriginal == null ? null : storyOriginal.item().rootId();
                ep.add(new Scorer.Prediction(x.item(), x.label(), root, x.confidence()));
                if (x.label() != x.item().truth()) {
                    String cell = x.item().truth().wire() + "->" + x.label().wire() + ":" + x.item().kind();
                    if (perCell.merge(cell, 1, Integer::sum) <= EXAMPLES_PER_CELL) {
                        String arrival = x.item().early() ? "arrived before its source"
                            : earlySources.contains(x.item().id()) ? "arrived after a copy of it" : "in order";
                        arrival += x.item().publishedAt() == null ? ", undated" : ", dated";
                        failures.add(new Failure(x.item().id(), x.item().kind(), x.item().strength(),
                            x.item().truth().wire(), x.label().wire(), x.confidence(), arrival,
                            x.rejectReason() != null ? "rejected: " + x.rejectReason() : x.summary()));
                    }
                }
            }
            engine = Scorer.score("engine", ep, true);
        } catch (UnsupportedOperationException e) {
            engineError = "engine not available yet: " + e.getMessage();
            log.println(engineError);
        }
        return new Result(items.size(), o.seed(), test.byKind(), test.europarlDocs(), engine, baseline, choice,
            failures, engineError, engineNote, secs, storyCheck);
    }

    /** The pipeline's invariant on the run's final state: every story has exactly one original. */
    record StoryCheck(int stories, long withoutOriginal, long withSeveral, List<String> examples) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "Story consistency: %d stories, %d without an original, %d with several%s",
                stories, withoutOriginal, withSeveral, examples.isEmpty() ? "" : " (e.g. story " + String.join(", ", examples) + ")");
        }
    }

    static StoryCheck storyCheck(List<PipelineRun.Outcome> outs) {
        Map<String, Integer> originals = new java.util.TreeMap<>();
        for (PipelineRun.Outcome x : outs) {
            if (x.label() != Label.REJECTED) {
                originals.merge(x.storyId(), x.label() == Label.ORIGINAL ? 1 : 0, Integer::sum);
            }
        }
        long none = originals.values().stream().filter(n -> n == 0).count();
        long several = originals.values().stream().filter(n -> n > 1).count();
        List<String> examples = originals.entrySet().stream().filter(e -> e.getValue() != 1)
            .limit(3).map(Map.Entry::getKey).toList();
        return new StoryCheck(originals.size(), none, several, examples);
    }

    /** Grid over shingle size and threshold on the tuning corpus, maximising 3-class macro-F1. */
    static BaselineChoice tuneBaseline(List<Item> tune) {
        BaselineChoice best = null;
        for (int k : MinHashBaseline.SHINGLE_GRID) {
            MinHashBaseline.Nearest nn = MinHashBaseline.nearest(tune, k);
            int[] matched = new int[tune.size()];
            for (double t : MinHashBaseline.THRESHOLD_GRID) {
                Label[] l = MinHashBaseline.label(tune, nn, t, matched);
                List<Scorer.Prediction> p = new ArrayList<>();
                for (int i = 0; i < tune.size(); i++) {
                    p.add(new Scorer.Prediction(tune.get(i), l[i], null, 1));
                }
                double f = Scorer.score("tune", p, false).macroF1();
                if (best == null || f > best.tuningMacroF1() + 1e-12) {
                    best = new BaselineChoice(k, t, f, tune.size());
                }
            }
        }
        return best;
    }

    static String render(Result r, boolean markdown) {
        StringBuilder sb = new StringBuilder();
        Scorer.Report e = r.engine();
        Scorer.Report b = r.baseline();
        if (markdown) {
            sb.append("# storyprint eval\n\n");
        }
        sb.append(String.format(Locale.ROOT, "%s%d articles, seed %d, %d Europarl excerpts; by kind: %s%n%n",
            markdown ? "" : "storyprint eval: ", r.size(), r.seed(), r.europarlDocs(), r.corpus()));
        BaselineChoice c = r.baselineChoice();
        sb.append(String.format(Locale.ROOT, "Baseline: Lucene MinHashFilter (%d buckets) over %d-word shingles,"
            + " threshold %.2f, tuned on a held-out corpus of %d articles (tuning macro-F1 %.3f). It has no spun"
            + " class: it labels syndicated or original only.%n%n", MinHashBaseline.BUCKETS, c.shingle(),
            c.threshold(), c.tuningSize(), c.tuningMacroF1()));
        if (e == null) {
            sb.append(r.engineError()).append("\n\n");
        } else {
            sb.append(String.format(Locale.ROOT, "Engine run: %.1f s for %d articles%s.%n%n", r.engineSeconds(),
                r.size(), r.engineNote() == null ? "" : " (" + r.engineNote() + ")"));
            if (r.storyCheck() != null) {
                sb.append(r.storyCheck()).append(".").append(System.lineSeparator()).append(System.lineSeparator());
            }
        }
        String pre = markdown ? "```\n" : "";
        sb.append(pre);
        sb.append(String.format(Locale.ROOT, "%-22s %10s %10s%n", "", "engine", "baseline"));
        row(sb, "macro-F1", e == null ? Double.NaN : e.macroF1(), b.macroF1());
        row(sb, "accuracy", e == null ? Double.NaN : e.accuracy(), b.accuracy());
        for (Label l : Scorer.TRUTH) {
            Scorer.ClassScore ec = e == null ? null : e.perClass().get(l.wire());
            Scorer.ClassScore bc = b.perClass().get(l.wire());
            sb.append(String.format(Locale.ROOT, "%-22s %10s %10s   (n=%d)%n", l.wire() + " P/R/F1",
                ec == null ? "-" : prf(ec), prf(bc), bc.support()));
        }
        row(sb, "copy-vs-original F1", e == null ? Double.NaN : e.copyVsOriginal().f1(), b.copyVsOriginal().f1());
        row(sb, "right story (copies)", e == null ? Double.NaN : e.storyAttribution(), b.storyAttribution());
        sb.append('\n');
        for (Scorer.Report rep : e == null ? List.of(b) : List.of(e, b)) {
            sb.append("confusion ").append(rep.system()).append(" (rows truth, cols predicted)\n");
            sb.append(String.format(Locale.ROOT, "%-12s", ""));
            for (Label p : Scorer.PRED) {
                sb.append(String.format(Locale.ROOT, "%11s", p.wire()));
            }
            sb.append('\n');
            for (int t = 0; t < Scorer.TRUTH.length; t++) {
                sb.append(String.format(Locale.ROOT, "%-12s", Scorer.TRUTH[t].wire()));
                for (int p = 0; p < Scorer.PRED.length; p++) {
                    sb.append(String.format(Locale.ROOT, "%11d", rep.confusion()[t][p]));
                }
                sb.append('\n');
            }
            sb.append('\n');
        }
        sb.append(String.format(Locale.ROOT, "%-40s %5s %14s %14s   %s%n", "issue 3 targets (pooled buckets)", "n",
            "engine", "baseline", "target"));
        for (Target t : TARGETS) {
            Scorer.Group bg = Scorer.pooled(t.name(), b.byKind(), t.select());
            Scorer.Group eg = e == null ? null : Scorer.pooled(t.name(), e.byKind(), t.select());
            sb.append(String.format(Locale.ROOT, "%-40s %5d %14s %14s   %s%n", t.name(), bg.n(),
                eg == null ? "-" : t.show(eg), t.show(bg), t.target()));
        }
        sb.append('\n');
        sb.append(String.format(Locale.ROOT, "%-40s %5s %14s %14s%n", "breakdown (accuracy; copy-called)", "n",
            "engine", "baseline"));
        groupRows(sb, e == null ? null : e.byKind(), b.byKind());
        sb.append('\n');
        sb.append(String.format(Locale.ROOT, "%-40s %5s %14s %14s%n", "arrival order", "n", "engine", "baseline"));
        groupRows(sb, e == null ? null : e.byArrival(), b.byArrival());
        if (e != null) {
            sb.append("\ncalibration (engine confidence -> accuracy)\n");
            for (Scorer.Bucket k : e.calibration()) {
                sb.append(String.format(Locale.ROOT, "  %-10s n=%5d  mean conf %.3f  accuracy %.3f%n", k.range(), k.n(),
                    k.meanConfidence(), k.accuracy()));
            }
            sb.append(String.format(Locale.ROOT, "  expected calibration error %.3f%n", e.ece()));
        }
        sb.append(pre);
        if (!r.engineFailures().isEmpty()) {
            sb.append(markdown ? "\n## Engine failures (up to 3 per truth->predicted cell and kind)\n\n" : "\nengine failures:\n");
            for (Failure f : r.engineFailures()) {
                sb.append(String.format(Locale.ROOT, "%s %s [%s %s; %s] %s->%s conf %.2f: %s%n", markdown ? "-" : " ",
                    f.id(), f.kind(), f.strength(), f.arrival(), f.truth(), f.predicted(), f.confidence(), f.evidence()));
            }
        }
        return sb.toString();
    }

    /** A target of issue 3 over pooled breakdown rows (the generator's bucket names). */
    private record Target(String name, java.util.function.Predicate<String> select, boolean wrongShare, String target) {
        String show(Scorer.Group g) {
            if (wrongShare) {
                int wrong = g.n() - g.correct();
                return String.format(Locale.ROOT, "%.2f%% (%d)", g.n() == 0 ? 0 : 100.0 * wrong / g.n(), wrong);
            }
            return String.format(Locale.ROOT, "%.3f", g.accuracy());
        }
    }

    private static final List<Target> TARGETS = List.of(
        new Target("syndicated recall, kept >= 40%", n -> n.startsWith("syndicated / kept ") && bucketLow(n) >= 40,
            false, ">= 0.98"),
        new Target("spun recall, substitution <= 60%", n -> n.contains(" / subst ") && bucketHigh(n) <= 60,
            false, ">= 0.95"),
        new Target("hard negatives not labelled original", n -> n.startsWith("hard-") && !n.contains("/")
            && !n.contains(","), true, "<= 0.5%"));

    /** "kind / kept 40-60%" -> 40. */
    private static int bucketLow(String name) {
        String r = name.substring(name.lastIndexOf(' ') + 1);
        return Integer.parseInt(r.substring(0, r.indexOf('-')));
    }

    /** "kind / subst 50-60%" -> 60. */
    private static int bucketHigh(String name) {
        String r = name.substring(name.lastIndexOf(' ') + 1);
        return Integer.parseInt(r.substring(r.indexOf('-') + 1, r.length() - 1));
    }

    private static void groupRows(StringBuilder sb, List<Scorer.Group> eg, List<Scorer.Group> bg) {
        Map<String, Scorer.Group> em = new LinkedHashMap<>();
        if (eg != null) {
            for (Scorer.Group g : eg) {
                em.put(g.name(), g);
            }
        }
        for (Scorer.Group g : bg) {
            Scorer.Group x = em.get(g.name());
            sb.append(String.format(Locale.ROOT, "%-40s %5d %14s %14s%n", g.name(), g.n(),
                x == null ? "-" : cell(x), cell(g)));
        }
    }

    private static String cell(Scorer.Group g) {
        return String.format(Locale.ROOT, "%.3f; %.2f", g.accuracy(), g.n() == 0 ? 0 : (double) g.detectedAsCopy() / g.n());
    }

    private static void row(StringBuilder sb, String name, double e, double b) {
        sb.append(String.format(Locale.ROOT, "%-22s %10s %10.3f%n", name, Double.isNaN(e) ? "-"
            : String.format(Locale.ROOT, "%.3f", e), b));
    }

    private static String prf(Scorer.ClassScore c) {
        return String.format(Locale.ROOT, "%.2f/%.2f/%.2f", c.precision(), c.recall(), c.f1());
    }
}
