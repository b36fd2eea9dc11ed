package dev.storyprint.bench;

import dev.storyprint.engine.Label;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One evaluation slice: labelled articles in arrival order, run through a fresh store. Besides the
 * generated corpus: the field set of real articles (manifest committed, texts kept out of git),
 * LLM rewrites, and evasive copies generated from sources.
 *
 * @param missing manifest rows whose text file was absent (a field set not fully gathered)
 */
record Slice(String name, List<Item> items, int missing) {
    static final Instant EPOCH = CorpusBuilder.EPOCH;

    /** Manifest roles that are copies of their story's first article. */
    static boolean isCopyLabel(Label l) {
        return l == Label.SYNDICATED || l == Label.SPUN;
    }

    /**
     * The field set: rows of {@code manifest} whose {@code split} column is {@code split} ("all" for
     * every row), texts from {@code texts/<id>.txt}; groups in manifest order, each in its
     * {@code order}. A story's root is its first article present; copies name it as parent, and a
     * copy whose earlier story members were not gathered counts as the story's original. Undated: the
     * engine sees arrival order only (the manifest's dates are for the record).
     */
    static Slice field(String name, Path manifest, Path texts, String split) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Map<String, String> r : Csv.read(manifest)) {
            if (split.equals("all") || split.equals(r.get("split"))) {
                rows.add(r);
            }
        }
        Map<String, List<Map<String, String>>> groups = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            groups.computeIfAbsent(r.get("group"), k -> new ArrayList<>()).add(r);
        }
        List<Item> items = new ArrayList<>();
        int missing = 0;
        for (List<Map<String, String>> g : groups.values()) {
            g.sort(Comparator.comparingInt(r -> Integer.parseInt(r.get("order"))));
            Map<String, String> roots = new HashMap<>();
            for (Map<String, String> r : g) {
                Path file = texts.resolve(r.get("id") + ".txt");
                if (!Files.isRegularFile(file)) {
                    missing++;
                    continue;
                }
                String id = r.get("id");
                String root = roots.computeIfAbsent(r.get("story"), k -> id);
                Label truth = Label.fromWire(r.get("label"));
                String kind = "field/" + r.get("role");
                if (root.equals(id) && isCopyLabel(truth)) {
                    // the earlier members of its story were not gathered: to the store this is the
                    // first telling of the story, so the right verdict is original
                    truth = Label.ORIGINAL;
                    kind += " (source not gathered)";
                }
                items.add(new Item(id, read(file), truth, root, root.equals(id) ? null : root, kind,
                        "-", null, date(r.get("date")), false, 0, false));
            }
        }
        return new Slice(name, items, missing);
    }

    /**
     * LLM rewrites: {@code manifest} rows (id, story, kind, label, source) with texts at
     * {@code dir/<id>.txt}; a source named with a path ("samples/01a-...txt") is read from
     * {@code root}, a source id from {@code dir} or, failing that, {@code sources}. Each story's
     * source arrives first, then its rewrites and its independent article in manifest order.
     * {@code keep} picks the stories (the development or test half).
     */
    static Slice rewrites(String name, Path manifest, Path dir, Path root, Path sources,
                          java.util.function.Predicate<String> keep) {
        Map<String, List<Map<String, String>>> stories = new LinkedHashMap<>();
        for (Map<String, String> r : Csv.read(manifest)) {
            if (keep.test(r.get("story"))) {
                stories.computeIfAbsent(r.get("story"), k -> new ArrayList<>()).add(r);
            }
        }
        List<Item> items = new ArrayList<>();
        int missing = 0;
        for (List<Map<String, String>> rows : stories.values()) {
            String sourceId = null;
            for (Map<String, String> r : rows) {
                String src = r.getOrDefault("source", "");
                if (!src.isBlank()) {
                    sourceId = src;
                    break;
                }
            }
            String rootId = null;
            if (sourceId != null) {
                Path file = sourceId.contains("/") ? root.resolve(sourceId) : existing(dir.resolve(sourceId + ".txt"),
                        sources == null ? null : sources.resolve(sourceId + ".txt"));
                if (file == null || !Files.isRegularFile(file)) {
                    missing += rows.size();
                    continue;
                }
                rootId = sourceId;
                items.add(new Item(rootId, read(file), Label.ORIGINAL, rootId, null, "llm/source", "-", null, EPOCH,
                        false, 0, false));
            }
            for (Map<String, String> r : rows) {
                String id = r.get("id");
                if (id.equals(rootId) || "original".equals(r.get("kind")) && rootId != null) {
                    continue;
                }
                Path file = dir.resolve(id + ".txt");
                if (!Files.isRegularFile(file)) {
                    missing++;
                    continue;
                }
                Label truth = Label.fromWire(r.get("label"));
                String itemRoot = isCopyLabel(truth) ? rootId : id;
                items.add(new Item(id, read(file), truth, itemRoot, isCopyLabel(truth) ? rootId : null,
                        "llm/" + r.get("kind"), "-", null, EPOCH, false, 0, false));
            }
        }
        return new Slice(name, items, missing);
    }

    private static Path existing(Path a, Path b) {
        return Files.isRegularFile(a) ? a : b;
    }

    /**
     * Evasive copies: each source, then one copy per {@link Evasions#KINDS} (all expected
     * syndicated, in the source's story).
     */
    static Slice evasion(String name, List<Item> sources, long seed) {
        List<Item> items = new ArrayList<>();
        Random rnd = new Random(seed);
        for (Item s : sources) {
            Item src = new Item(s.id(), s.text(), Label.ORIGINAL, s.id(), null, "evasion/source", "-", null, EPOCH,
                    false, 0, false);
            items.add(src);
            for (Evasions.Kind k : Evasions.KINDS) {
                String id = s.id() + "~" + k.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-");
                items.add(new Item(id, k.apply().apply(s.text(), rnd), Label.SYNDICATED, s.id(), s.id(),
                        "evasion/" + k.name(), "-", null, EPOCH, false, 0, false));
            }
        }
        return new Slice(name, items, 0);
    }

    private static Instant date(String d) {
        if (d == null || d.isBlank()) {
            return EPOCH;
        }
        try {
            return LocalDate.parse(d.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return EPOCH;
        }
    }

    static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8); // lenient: malformed bytes become U+FFFD
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
