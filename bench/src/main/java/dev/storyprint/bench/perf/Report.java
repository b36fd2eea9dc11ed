package dev.storyprint.bench.perf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The run's figures as {@code latest.json} (flat keys the brief fixes, plus detail), a short
 * markdown table with each target and whether it was met, and an SVG plot of cost and latency
 * against corpus size.
 */
public final class Report {
    /** Targets, each as the brief states it. */
    public static final double TARGET_ENGINE_MBPS = 50.0;
    public static final double TARGET_BOUND_RATIO = 0.5;
    public static final double TARGET_PEER_RATIO = 5.0;
    /** Cost at the largest corpus may exceed the smallest by at most this fraction. */
    public static final double TARGET_COST_GROWTH = 0.10;
    /** All-in cost per million articles at list prices (issue 15). */
    public static final double TARGET_USD_PER_MILLION = 40.0;
    /**
     * A function's first event, on-demand, against a baseline handler that makes the same SDK calls
     * (issue 16; the jar-size target and the clients-only baseline are retired).
     */
    public static final double TARGET_COLD_RATIO = 1.25;

    /** Keys latest.json must carry (checked by the test). */
    public static final List<String> REQUIRED_KEYS = List.of("engineMBps", "boundMBps", "peerMBps",
            "requestsPerArticle", "p50Ms", "coldStartMs", "jarBytes", "endToEndArticlesPerSecond");

    private final Map<String, Object> json = new LinkedHashMap<>();

    public Report() {
        for (String k : REQUIRED_KEYS) {
            json.put(k, null);
        }
    }

    public Map<String, Object> json() {
        return json;
    }

    public void put(String key, Object value) {
        json.put(key, value);
    }

    @SuppressWarnings("unchecked")
    private <T> T get(String key) {
        return (T) json.get(key);
    }

    /** A per-size or per-function map; empty when its stage did not run. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> map(String key) {
        Object v = json.get(key);
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("latest.json"), Json.write(json), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("latest.md"), markdown(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("scale.svg"), svg(), StandardCharsets.UTF_8);
    }

    String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# storyprint bench (").append(json.getOrDefault("mode", "?")).append(", ")
                .append(json.getOrDefault("finishedAt", "")).append(")\n\n");
        sb.append("Machine: ").append(json.getOrDefault("machine", "?")).append("\n\n");
        sb.append("| figure | measured | target | met |\n|---|---|---|---|\n");
        Double engine = get("engineMBps");
        Double bound = get("boundMBps");
        Double peer = get("peerMBps");
        row(sb, "engine normalize+fingerprint, MB/s (1 core)", engine, ">= " + fmt(TARGET_ENGINE_MBPS),
                engine == null ? null : engine >= TARGET_ENGINE_MBPS);
        row(sb, "engine fingerprint+decide vs 8 warm candidates, MB/s", get("decideMBps"), "", null);
        row(sb, "articles/s fingerprint | decide", pair(get("engineArticlesPerSecond"), get("decideArticlesPerSecond")), "", null);
        row(sb, "bound (read + lowercase split), MB/s", bound, "", null);
        Double rb = engine == null || bound == null ? null : engine / bound;
        row(sb, "engine / bound", rb, ">= " + fmt(TARGET_BOUND_RATIO), rb == null ? null : rb >= TARGET_BOUND_RATIO);
        row(sb, "peer (Lucene MinHash, 5-shingles, 128), MB/s", peer, "", null);
        Double rp = engine == null || peer == null ? null : engine / peer;
        row(sb, "engine / peer", rp, ">= " + fmt(TARGET_PEER_RATIO), rp == null ? null : rp >= TARGET_PEER_RATIO);
        Map<String, Object> cpu = map("cpuTimeMBps");
        if (!cpu.isEmpty()) {
            double ce = num(cpu.get("fingerprint"));
            row(sb, "CPU time, interleaved: engine | decide | bound | peer, MB per CPU-s",
                    fmt(ce) + " | " + fmt(num(cpu.get("decide"))) + " | " + fmt(num(cpu.get("bound"))) + " | "
                            + fmt(num(cpu.get("peer"))), ">= " + fmt(TARGET_ENGINE_MBPS), ce >= TARGET_ENGINE_MBPS);
            double cb = ce / num(cpu.get("bound"));
            double cp = ce / num(cpu.get("peer"));
            row(sb, "CPU time: engine / bound | engine / peer", fmt(cb) + " | " + fmt(cp),
                    ">= " + fmt(TARGET_BOUND_RATIO) + " | >= " + fmt(TARGET_PEER_RATIO),
                    cb >= TARGET_BOUND_RATIO && cp >= TARGET_PEER_RATIO);
        }
        Map<String, Object> req = map("requestsPerArticle");
        Map<String, Object> rcu = map("readUnitsPerArticle");
        Map<String, Object> p50 = map("p50Ms");
        Map<String, Object> p99 = map("p99Ms");
        if (!req.isEmpty()) {
            for (String n : req.keySet()) {
                row(sb, "match at " + n + " stored: requests | RCU | p50 ms | p99 ms",
                        fmt(num(req.get(n))) + " | " + fmt(num(rcu.get(n))) + " | " + fmt(num(p50.get(n))) + " | "
                                + fmt(num(p99.get(n))), "", null);
            }
            List<String> sizes = new ArrayList<>(req.keySet());
            if (sizes.size() > 1) {
                String first = sizes.get(0);
                String last = sizes.get(sizes.size() - 1);
                double g = num(req.get(last)) / num(req.get(first)) - 1;
                double gr = num(rcu.get(last)) / num(rcu.get(first)) - 1;
                Map<String, Object> wu = map("writeUnitsPerArticle");
                double gw = wu.isEmpty() ? 0 : num(wu.get(last)) / num(wu.get(first)) - 1;
                row(sb, "growth " + first + " -> " + last + ": requests | RCU | WCU",
                        pct(g) + " | " + pct(gr) + " | " + pct(gw), "<= " + pct(TARGET_COST_GROWTH),
                        g <= TARGET_COST_GROWTH && gr <= TARGET_COST_GROWTH && gw <= TARGET_COST_GROWTH);
            }
        }
        Map<String, Object> wcu = map("writeUnitsPerArticle");
        Map<String, Object> usd = map("usdPerMillionArticles");
        for (String n : usd.keySet()) {
            Map<?, ?> c = (Map<?, ?>) usd.get(n);
            double total = num(c.get("total"));
            row(sb, "$ per million articles at " + n + " stored (DynamoDB | Lambda | S3), WCU/article",
                    fmt(total) + " (" + fmt(num(c.get("dynamoDb"))) + " | " + fmt(num(c.get("lambda"))) + " | "
                            + fmt(num(c.get("s3"))) + "), " + fmt(num(wcu.get(n))),
                    "<= " + fmt(TARGET_USD_PER_MILLION), total <= TARGET_USD_PER_MILLION);
        }
        Map<String, Object> hot = map("hotStory");
        if (!hot.isEmpty()) {
            List<String> at = new ArrayList<>(hot.keySet());
            Map<?, ?> first = (Map<?, ?>) hot.get(at.get(0));
            for (String n : at) {
                Map<?, ?> h = (Map<?, ?>) hot.get(n);
                double g = Math.max(Math.abs(num(h.get("requests")) / num(first.get("requests")) - 1),
                        Math.max(Math.abs(num(h.get("readUnits")) / num(first.get("readUnits")) - 1),
                                Math.abs(num(h.get("writeUnits")) / num(first.get("writeUnits")) - 1)));
                row(sb, "hot story copy " + n + ": requests | RCU | WCU per article",
                        fmt(num(h.get("requests"))) + " | " + fmt(num(h.get("readUnits"))) + " | " + fmt(num(h.get("writeUnits"))),
                        "within " + pct(TARGET_COST_GROWTH) + " of copy " + at.get(0), g <= TARGET_COST_GROWTH);
            }
            Map<String, Object> o = map("hotStoryOutcome");
            row(sb, "hot story of " + o.get("copies") + " copies: stories | originals", o.get("stories") + " | " + o.get("originals"),
                    "1 | 1", num(o.get("stories")) == 1 && num(o.get("originals")) == 1);
        }
        Map<String, Object> bp = map("boilerplate");
        if (!bp.isEmpty()) {
            row(sb, bp.get("stories") + " stories sharing a footer and a stock sentence: links", bp.get("links"), "0",
                    num(bp.get("links")) == 0);
        }
        Map<String, Object> cold = map("coldStartMs");
        Map<String, Object> same = map(ColdStart.BASELINE_SAME_IO);
        Map<String, Object> jars = map("jarBytes");
        for (String f : cold.keySet()) {
            Double c = cold.get(f) == null ? null : num(cold.get(f));
            Double b = same.get(f) == null ? null : num(same.get(f));
            Object bytes = jars.get(f);
            String jar = bytes == null ? "?" : String.format(Locale.ROOT, "%.1f MiB", num(bytes) / 1024 / 1024);
            String ratio = c == null || b == null ? "n/a" : String.format(Locale.ROOT, "%.2fx", c / b);
            row(sb, "cold start " + f + " | its same-calls baseline (ms) | jar",
                    fmt(c) + " | " + fmt(b) + " (" + ratio + ") | " + jar,
                    "<= " + TARGET_COLD_RATIO + "x baseline", c == null || b == null ? null : c <= TARGET_COLD_RATIO * b);
        }
        ratioRow(sb, map("coldStartCpuMs"), "cold start child CPU ms", true);
        ratioRow(sb, map("coldStartEmulatorMs"), "cold start: waiting on the emulators, ms", false);
        ratioRow(sb, map("coldStartOwnMs"), "cold start own time (wall minus emulators), ms", true);
        ratioRow(sb, map("coldInitAwsMs"), "init only, AWS endpoints (no override), ms", true);
        ratioRow(sb, map("coldInitAwsCpuMs"), "init only, AWS endpoints: child CPU ms", true);
        Double e2e = get("endToEndArticlesPerSecond");
        row(sb, "end to end classify --concurrency 4, articles/s", e2e, "", null);
        sb.append("\nNotes:\n");
        Object notes = json.get("notes");
        if (notes instanceof List<?> l) {
            for (Object o : l) {
                sb.append("- ").append(o).append('\n');
            }
        }
        sb.append("\nPlot: scale.svg. Raw figures: latest.json.\n");
        return sb.toString();
    }

    private static String pair(Object a, Object b) {
        return fmt(a == null ? null : num(a)) + " | " + fmt(b == null ? null : num(b));
    }

    private static void row(StringBuilder sb, String what, Object measured, String target, Boolean met) {
        String m = measured == null ? "not measured" : measured instanceof Double d ? fmt(d) : measured.toString();
        sb.append("| ").append(what).append(" | ").append(m).append(" | ").append(target).append(" | ")
                .append(met == null ? "" : met ? "yes" : "NO").append(" |\n");
    }

    static double num(Object o) {
        return o == null ? Double.NaN : ((Number) o).doubleValue();
    }

    /**
     * One row of per-start figures: each function, then its same-calls baseline, with the
     * function's ratio to it when {@code ratios}.
     */
    private static void ratioRow(StringBuilder sb, Map<String, Object> byStart, String label, boolean ratios) {
        StringBuilder names = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (Map.Entry<String, Object> e : byStart.entrySet()) {
            String f = e.getKey();
            Object base = byStart.get(ColdStart.baselineOf(f));
            if (f.startsWith(ColdStart.BASELINE_SAME_IO) || e.getValue() == null) {
                continue;
            }
            names.append(names.isEmpty() ? "" : " | ").append(f).append(base == null ? "" : " vs baseline");
            values.append(values.isEmpty() ? "" : " | ").append(fmt(num(e.getValue())));
            if (base != null) {
                values.append(" vs ").append(fmt(num(base)));
                if (ratios && num(base) > 0) {
                    values.append(String.format(Locale.ROOT, " (%.2fx)", num(e.getValue()) / num(base)));
                }
            }
        }
        if (!names.isEmpty()) {
            row(sb, label + ": " + names, values.toString(), "", null);
        }
    }

    static String fmt(Double d) {
        if (d == null || d.isNaN()) {
            return "n/a";
        }
        return Math.abs(d) >= 100 ? String.format(Locale.ROOT, "%.0f", d) : String.format(Locale.ROOT, "%.2f", d);
    }

    private static String pct(double d) {
        return String.format(Locale.ROOT, "%+.1f%%", 100 * d);
    }

    /** Requests, read units and p50/p99 latency per article against stored-story count (log x). */
    String svg() {
        Map<String, Object> req = map("requestsPerArticle");
        Map<String, Object> rcu = map("readUnitsPerArticle");
        Map<String, Object> p50 = map("p50Ms");
        Map<String, Object> p99 = map("p99Ms");
        int w = 640;
        int h = 360;
        int left = 60;
        int right = 60;
        int top = 40;
        int bottom = 50;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n", w, h));
        sb.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", w, h));
        sb.append("<text x=\"").append(left).append("\" y=\"20\" font-size=\"14\">Matching cost and latency per article vs stored stories</text>\n");
        if (req.isEmpty()) {
            sb.append("<text x=\"60\" y=\"180\">scale run not measured</text>\n</svg>\n");
            return sb.toString();
        }
        List<String> sizes = new ArrayList<>(req.keySet());
        double[] xs = sizes.stream().mapToDouble(s -> Math.log10(Double.parseDouble(s))).toArray();
        double xmin = xs[0] - 0.3;
        double xmax = xs[xs.length - 1] + 0.3;
        double costMax = 1;
        double msMax = 1;
        for (String s : sizes) {
            costMax = Math.max(costMax, Math.max(num(req.get(s)), num(rcu.get(s))));
            msMax = Math.max(msMax, num(p99.get(s)));
        }
        costMax *= 1.2;
        msMax *= 1.2;
        int pw = w - left - right;
        int ph = h - top - bottom;
        sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#888\"/>%n",
                left, top, pw, ph));
        for (int i = 0; i < sizes.size(); i++) {
            double x = left + pw * (xs[i] - xmin) / (xmax - xmin);
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                    x, h - bottom + 18, sizes.get(i)));
        }
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">stored stories (log scale)</text>%n",
                left + pw / 2, h - 12));
        sb.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%d\" transform=\"rotate(-90 14 %d)\" text-anchor=\"middle\">requests, RCU per article (0-%.0f)</text>%n",
                top + ph / 2, top + ph / 2, costMax));
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" transform=\"rotate(90 %d %d)\" text-anchor=\"middle\">ms per article (0-%.0f)</text>%n",
                w - 16, top + ph / 2, w - 16, top + ph / 2, msMax));
        String[][] series = {{"requests", "#1f77b4"}, {"RCU", "#2ca02c"}, {"p50 ms", "#ff7f0e"}, {"p99 ms", "#d62728"}};
        List<Map<String, Object>> data = List.of(req, rcu, p50, p99);
        for (int s = 0; s < series.length; s++) {
            double max = s < 2 ? costMax : msMax;
            StringBuilder pts = new StringBuilder();
            for (int i = 0; i < sizes.size(); i++) {
                double x = left + pw * (xs[i] - xmin) / (xmax - xmin);
                double y = top + ph - ph * num(data.get(s).get(sizes.get(i))) / max;
                pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                sb.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", x, y, series[s][1]));
            }
            sb.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>%n",
                    pts.toString().trim(), series[s][1], s < 2 ? "" : " stroke-dasharray=\"5,3\""));
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s%s</text>%n",
                    left + 10 + 110 * s, top + 16, series[s][1], series[s][0], s < 2 ? " (left)" : " (right)"));
        }
        sb.append("</svg>\n");
        return sb.toString();
    }
}
