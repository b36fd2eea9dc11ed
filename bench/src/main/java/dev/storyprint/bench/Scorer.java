package dev.storyprint.bench;

import dev.storyprint.engine.Label;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Confusion matrix, per-class and macro F1, breakdowns and calibration for one system's predictions. */
final class Scorer {
    static final Label[] TRUTH = {Label.ORIGINAL, Label.SYNDICATED, Label.SPUN};
    static final Label[] PRED = {Label.ORIGINAL, Label.SYNDICATED, Label.SPUN, Label.REJECTED};
    /** Reliability buckets' lower edges. */
    static final double[] CONF_EDGES = {0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95};

    /** One prediction: {@code rootId} is the true root of the story it was put in (null if unknown). */
    record Prediction(Item item, Label label, String rootId, double confidence) {
        boolean correct() {
            return label == item.truth();
        }
    }

    record ClassScore(double precision, double recall, double f1, int support) {}

    record Group(String name, int n, int correct, int detectedAsCopy) {
        double accuracy() {
            return n == 0 ? 0 : (double) correct / n;
        }
    }

    /** The groups whose names pass {@code select}, pooled into one (n and counts summed). */
    static Group pooled(String name, List<Group> groups, java.util.function.Predicate<String> select) {
        int n = 0;
        int correct = 0;
        int copies = 0;
        for (Group g : groups) {
            if (select.test(g.name())) {
                n += g.n();
                correct += g.correct();
                copies += g.detectedAsCopy();
            }
        }
        return new Group(name, n, correct, copies);
    }

    record Bucket(String range, int n, double meanConfidence, double accuracy) {}

    record Report(String system, int[][] confusion, Map<String, ClassScore> perClass, double macroF1,
                  double accuracy, ClassScore copyVsOriginal, double storyAttribution, List<Group> byKind,
                  List<Group> byArrival, List<Bucket> calibration, double ece) {}

    static Report score(String system, List<Prediction> preds, boolean withCalibration) {
        int[][] cm = new int[TRUTH.length][PRED.length];
        for (Prediction p : preds) {
            cm[idx(TRUTH, p.item().truth())][idx(PRED, p.label())]++;
        }
        Map<String, ClassScore> per = new LinkedHashMap<>();
        double macro = 0;
        int correct = 0;
        for (int t = 0; t < TRUTH.length; t++) {
            int tp = cm[t][t];
            int support = 0;
            int predicted = 0;
            for (int p = 0; p < PRED.length; p++) {
                support += cm[t][p];
            }
            for (int[] row : cm) {
                predicted += row[t];
            }
            ClassScore cs = prf(tp, predicted, support);
            per.put(TRUTH[t].wire(), cs);
            macro += cs.f1() / TRUTH.length;
            correct += tp;
        }
        int copyTp = 0;
        int copyPred = 0;
        int copySupport = 0;
        int attributed = 0;
        int attributable = 0;
        for (Prediction p : preds) {
            boolean isCopy = p.item().truth() != Label.ORIGINAL;
            boolean saysCopy = p.label() == Label.SYNDICATED || p.label() == Label.SPUN;
            copySupport += isCopy ? 1 : 0;
            copyPred += saysCopy ? 1 : 0;
            copyTp += isCopy && saysCopy ? 1 : 0;
            if (isCopy && saysCopy) {
                attributable++;
                attributed += p.item().rootId().equals(p.rootId()) ? 1 : 0;
            }
        }
        Map<String, List<Prediction>> kinds = new TreeMap<>();
        Map<String, List<Prediction>> arrival = new TreeMap<>();
        java.util.Set<String> earlyParents = new java.util.HashSet<>();
        Map<String, Item> byId = new java.util.HashMap<>();
        for (Prediction p : preds) {
            byId.put(p.item().id(), p.item());
        }
        for (Prediction p : preds) {
            if (p.item().early()) {
                earlyParents.add(p.item().parentId());
            }
        }
        for (Prediction p : preds) {
            Item it = p.item();
            String k = it.kind() + (it.strength().equals("-") ? "" : " / " + it.strength());
            kinds.computeIfAbsent(it.kind(), x -> new ArrayList<>()).add(p);
            if (!it.strength().equals("-")) {
                kinds.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
            }
            if (it.kind().equals("syndicated") || it.kind().equals("spun-of-syndicated")) {
                kinds.computeIfAbsent(it.kind() + (it.wrapped() ? ", lines hard-wrapped" : ", lines intact"),
                    x -> new ArrayList<>()).add(p);
            }
            if (it.truth() == Label.SPUN && !it.strength().equals("-")) {
                int lo = Math.min(30, (int) Math.floor(it.changed() * 20) * 5);
                kinds.computeIfAbsent(String.format(java.util.Locale.ROOT, "spun, all words changed %02d%s", lo,
                    lo == 30 ? "%+" : "-" + (lo + 5) + "%"),
                    x -> new ArrayList<>()).add(p);
            }
            if (it.isCopy()) {
                Item parent = byId.get(it.parentId());
                boolean dated = it.publishedAt() != null && parent != null && parent.publishedAt() != null;
                String a = it.early() ? (dated ? "copy before source, both dated"
                    : "copy before source, a date missing") : "copy after source";
                arrival.computeIfAbsent(a, x -> new ArrayList<>()).add(p);
            }
            if (earlyParents.contains(it.id())) {
                arrival.computeIfAbsent("source that arrived after its copy", x -> new ArrayList<>()).add(p);
            }
        }
        List<Bucket> cal = new ArrayList<>();
        double ece = 0;
        if (withCalibration) {
            for (int b = 0; b < CONF_EDGES.length; b++) {
                double lo = CONF_EDGES[b];
                double hi = b + 1 < CONF_EDGES.length ? CONF_EDGES[b + 1] : 1.0000001;
                int n = 0;
                int ok = 0;
                double sum = 0;
                for (Prediction p : preds) {
                    if (p.label() != Label.REJECTED && p.confidence() >= lo && p.confidence() < hi) {
                        n++;
                        ok += p.correct() ? 1 : 0;
                        sum += p.confidence();
                    }
                }
                if (n > 0) {
                    cal.add(new Bucket(String.format(java.util.Locale.ROOT, "%.2f-%.2f", lo, Math.min(hi, 1.0)), n,
                        sum / n, (double) ok / n));
                    ece += (double) n / preds.size() * Math.abs(sum / n - (double) ok / n);
                }
            }
        }
        return new Report(system, cm, per, macro, (double) correct / Math.max(1, preds.size()),
            prf(copyTp, copyPred, copySupport), attributable == 0 ? 0 : (double) attributed / attributable,
            groups(kinds), groups(arrival), cal, ece);
    }

    private static List<Group> groups(Map<String, List<Prediction>> m) {
        List<Group> out = new ArrayList<>();
        for (Map.Entry<String, List<Prediction>> e : m.entrySet()) {
            int ok = 0;
            int copy = 0;
            for (Prediction p : e.getValue()) {
                ok += p.correct() ? 1 : 0;
                copy += p.label() == Label.SYNDICATED || p.label() == Label.SPUN ? 1 : 0;
            }
            out.add(new Group(e.getKey(), e.getValue().size(), ok, copy));
        }
        return out;
    }

    private static ClassScore prf(int tp, int predicted, int support) {
        double p = predicted == 0 ? 0 : (double) tp / predicted;
        double r = support == 0 ? 0 : (double) tp / support;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new ClassScore(p, r, f, support);
    }

    private static int idx(Label[] a, Label l) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == l) {
                return i;
            }
        }
        throw new IllegalArgumentException("label " + l);
    }
}
