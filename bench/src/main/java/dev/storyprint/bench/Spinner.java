package dev.storyprint.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article spinner as the content farms run them: walk the text, and at each word or phrase the
 * dictionary knows, swap in one of its "synonyms" with probability {@code rate}, blind to sense.
 * Names (capitalised words inside a sentence), numbers and sentence order survive. The dictionary
 * stays in bench/: the engine never sees it.
 */
final class Spinner {
    /** Longest phrase a dictionary entry may have, in words. */
    private static final int MAX_PHRASE_WORDS = 4;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}][\\p{L}'’-]*|[^\\p{L}]+");

    private final String name;
    private final Map<String, List<String>> entries; // key: lower-cased phrase (or exact phrase when it has capitals)
    private final Map<String, Boolean> caseSensitive;

    private Spinner(String name, Map<String, List<String>> entries, Map<String, Boolean> caseSensitive) {
        this.name = name;
        this.entries = entries;
        this.caseSensitive = caseSensitive;
    }

    /** Spinner A: single-word thesaurus swaps ({@code word|syn|syn}). */
    static Spinner a() {
        return load("spinner-a", "spinner-a.txt", "\\|", 1);
    }

    /** Spinner B: phrase swaps and multiword expansions ({@code phrase => alt | alt}). */
    static Spinner b() {
        return load("spinner-b", "spinner-b.txt", "\\s*=>\\s*", 2);
    }

    String name() {
        return name;
    }

    int size() {
        return entries.size();
    }

    private static Spinner load(String name, String resource, String sep, int style) {
        Map<String, List<String>> map = new HashMap<>();
        Map<String, Boolean> cs = new HashMap<>();
        try (InputStream in = Spinner.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(sep, 2);
                String key = parts[0].strip();
                String[] alts = style == 1 ? parts[1].split("\\|") : parts[1].split("\\s*\\|\\s*");
                List<String> list = new ArrayList<>();
                for (String a : alts) {
                    String t = a.strip();
                    if (!t.isEmpty() && !t.equalsIgnoreCase(key)) {
                        list.add(t);
                    }
                }
                if (list.isEmpty()) {
                    continue;
                }
                boolean sensitive = !key.equals(key.toLowerCase(Locale.ROOT));
                String k = sensitive ? key : key.toLowerCase(Locale.ROOT);
                map.put(k, list);
                cs.put(k, sensitive);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Spinner(name, map, cs);
    }

    /** The spun text and how much was changed. */
    record Result(String text, int replaceable, int substituted) {
        double rate() {
            return replaceable == 0 ? 0 : (double) substituted / replaceable;
        }
    }

    Result spin(String text, double rate, Random rnd) {
        List<String> toks = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            toks.add(m.group());
        }
        StringBuilder out = new StringBuilder(text.length() + text.length() / 4);
        int replaceable = 0;
        int substituted = 0;
        int i = 0;
        while (i < toks.size()) {
            String t = toks.get(i);
            if (!isWord(t)) {
                out.append(t);
                i++;
                continue;
            }
            int matchedEnd = -1;
            String matchedKey = null;
            // longest phrase first: word, sep, word, sep ... (separators must be single spaces)
            for (int words = MAX_PHRASE_WORDS; words >= 1 && matchedKey == null; words--) {
                int end = i;
                StringBuilder phrase = new StringBuilder(t);
                boolean ok = true;
                for (int w = 1; w < words; w++) {
                    if (end + 2 >= toks.size() || !toks.get(end + 1).equals(" ") || !isWord(toks.get(end + 2))) {
                        ok = false;
                        break;
                    }
                    phrase.append(' ').append(toks.get(end + 2));
                    end += 2;
                }
                if (!ok) {
                    continue;
                }
                String exact = phrase.toString();
                String lower = exact.toLowerCase(Locale.ROOT);
                if (entries.containsKey(exact) && caseSensitive.get(exact)) {
                    matchedKey = exact;
                    matchedEnd = end;
                } else if (entries.containsKey(lower) && !caseSensitive.get(lower) && !isName(toks, i)) {
                    matchedKey = lower;
                    matchedEnd = end;
                }
            }
            if (matchedKey == null) {
                out.append(t);
                i++;
                continue;
            }
            replaceable++;
            if (rnd.nextDouble() < rate) {
                List<String> alts = entries.get(matchedKey);
                String alt = alts.get(rnd.nextInt(alts.size()));
                out.append(Character.isUpperCase(t.charAt(0)) ? capitalise(alt) : alt);
                substituted++;
            } else {
                for (int j = i; j <= matchedEnd; j++) {
                    out.append(toks.get(j));
                }
            }
            i = matchedEnd + 1;
        }
        return new Result(out.toString(), replaceable, substituted);
    }

    private static boolean isWord(String t) {
        return Character.isLetter(t.charAt(0));
    }

    /** A capitalised word not at a sentence start is taken for a name and left alone. */
    private static boolean isName(List<String> toks, int i) {
        String t = toks.get(i);
        if (!Character.isUpperCase(t.charAt(0))) {
            return false;
        }
        if (i == 0) {
            return false;
        }
        String before = toks.get(i - 1);
        return !(before.contains("\n") || before.matches(".*[.!?:\"“]\\s*$"));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
