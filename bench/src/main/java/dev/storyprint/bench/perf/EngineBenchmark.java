package dev.storyprint.bench.perf;

import dev.storyprint.engine.Article;
import dev.storyprint.engine.Decision;
import dev.storyprint.engine.Engine;
import dev.storyprint.engine.Fingerprint;
import dev.storyprint.engine.Label;
import dev.storyprint.engine.StoredArticle;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One operation = the whole corpus once, on one thread: MB/s = ops/s x corpus bytes. The four
 * benchmarks see the same texts in the same fork, so their ratios survive a noisy machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineBenchmark {
    /** System property naming the corpus size (texts), so Bench and the forked JVM agree. */
    public static final String CORPUS_SIZE = "storyprint.bench.corpus";
    /** Default texts per operation: ~0.5 MB, long enough that per-op overhead vanishes. */
    public static final int DEFAULT_CORPUS = 120;
    /** Candidates per decision: what MatchService hands the engine (MAX_CANDIDATES = 8). */
    public static final int CANDIDATES = 8;
    /** Word shingle size and MinHash bucket count of the peer: datasketch/Lucene defaults for near-duplicates. */
    static final int PEER_SHINGLE = 5;
    static final int PEER_BUCKETS = 128;

    private final Engine engine = Engine.standard();
    String[] texts;
    Article[] articles;
    List<List<StoredArticle>> candidates;
    private Analyzer peer;

    @Setup
    public void setup() {
        texts = corpus().toArray(String[]::new);
        articles = new Article[texts.length];
        for (int i = 0; i < texts.length; i++) {
            articles[i] = new Article("a" + i, texts[i], null, null, null, null);
        }
        candidates = warmCandidates(engine, texts);
        peer = minHashAnalyzer();
    }

    /** Corpus as configured by system properties (shared and root dir from the surefire/launcher config). */
    public static List<String> corpus() {
        int n = Integer.getInteger(CORPUS_SIZE, DEFAULT_CORPUS);
        String shared = System.getProperty("storyprint.shared.dir");
        String root = System.getProperty("storyprint.root.dir");
        return NewsText.corpus(shared == null ? null : Path.of(shared), root == null ? null : Path.of(root), n);
    }

    /**
     * For text i: its syndicated and spun copies (so the decision does real alignment work) plus
     * six other stories, all fingerprinted once here: warm, decoded, as after the batch read.
     */
    static List<List<StoredArticle>> warmCandidates(Engine engine, String[] texts) {
        List<List<StoredArticle>> out = new ArrayList<>(texts.length);
        for (int i = 0; i < texts.length; i++) {
            List<StoredArticle> cs = new ArrayList<>(CANDIDATES);
            cs.add(stored(engine, "s" + i, NewsText.syndicated(texts[i], i), 1));
            cs.add(stored(engine, "p" + i, NewsText.spun(texts[i], i), 2));
            for (int k = 1; cs.size() < CANDIDATES; k++) {
                cs.add(stored(engine, "o" + i + "-" + k, texts[(i + k) % texts.length], 2 + k));
            }
            out.add(cs);
        }
        return out;
    }

    private static StoredArticle stored(Engine engine, String id, String text, long seq) {
        Fingerprint fp = engine.fingerprint(new Article(id, text, null, null, null, null));
        return new StoredArticle(id, id, Label.ORIGINAL, seq, fp);
    }

    @Benchmark
    public void fingerprint(Blackhole bh) {
        for (Article a : articles) {
            bh.consume(engine.fingerprint(a));
        }
    }

    @Benchmark
    public void decide(Blackhole bh) {
        for (int i = 0; i < articles.length; i++) {
            Fingerprint fp = engine.fingerprint(articles[i]);
            Decision d = engine.decide(fp, 1_000_000L + i, candidates.get(i));
            bh.consume(d);
        }
    }

    /** The bound: read the text and split it into lowercase word tokens, nothing else. */
    @Benchmark
    public void bound(Blackhole bh) {
        for (String t : texts) {
            bh.consume(lowercaseTokens(t));
        }
    }

    @Benchmark
    public void peer(Blackhole bh) {
        for (String t : texts) {
            bh.consume(minHash(peer, t));
        }
    }

    static List<String> lowercaseTokens(String t) {
        List<String> out = new ArrayList<>(t.length() / 5);
        int n = t.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(t.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(t.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(t.substring(start, i).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Lucene's MinHash chain: standard tokens, lowercase, 5-word shingles, 128 buckets with rotation. */
    static Analyzer minHashAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new LowerCaseFilter(source);
                ShingleFilter shingles = new ShingleFilter(s, PEER_SHINGLE, PEER_SHINGLE);
                shingles.setOutputUnigrams(false);
                return new TokenStreamComponents(source,
                        new MinHashFilter(shingles, 1, PEER_BUCKETS, 1, true));
            }
        };
    }

    /** The signature: the bucket minima as Lucene emits them (one term per bucket). */
    static List<String> minHash(Analyzer analyzer, String text) {
        List<String> sig = new ArrayList<>(PEER_BUCKETS);
        try (TokenStream ts = analyzer.tokenStream("body", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                sig.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sig;
    }
}
