package dev.storyprint.store;

import dev.storyprint.engine.Decision;
import dev.storyprint.engine.Engine;
import dev.storyprint.engine.Evidence;
import dev.storyprint.engine.Fingerprint;
import dev.storyprint.engine.Label;
import dev.storyprint.engine.Scores;
import dev.storyprint.engine.StoredArticle;
import dev.storyprint.engine.Story;
import dev.storyprint.engine.Verdict;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Second pipeline step: an {@link Envelope} -> a verdict, stored on the article record and written
 * to {@code results/<articleId>.json}.
 *
 * <p>Idempotent and safe under concurrency: S3 delivers at least once and copies of one story may
 * be processed at the same moment. The protocol:
 * <ol>
 *   <li>register: the record (pending) is stored, its id added to the item of every sampled
 *       retrieval key ({@link KeySample}) as a representative while the key has room (except keys
 *       held only by decided articles: see {@link #keysToWrite}), and only THEN an arrival
 *       sequence number is taken. So an article with a larger number finds, on every key, each
 *       article with a smaller one, or the key's full set of representatives, which all
 *       registered before it, or decided articles that lead to the story it joined.</li>
 *   <li>candidates: one batch read of the key items, the best few representatives by shared keys
 *       that are not boilerplate (seen in {@link SignatureIndex#BOILERPLATE_STORIES} stories), their
 *       records and the first members of their stories (bounded, whatever the corpus or the
 *       story's popularity). An article that is no representative of a full key cannot be seen by
 *       that key's representatives: it waits briefly for those that are still undecided, even if
 *       they hold a later number (see {@link #awaitPredecessors}).</li>
 *   <li>decide with the engine, whose pairwise decisions are symmetric.</li>
 *   <li>an article only ever waits for articles with a smaller sequence number (no cycles, no
 *       deadlock); a copy of a later-registered source takes the source's id as its story
 *       tentatively, and the source, which is guaranteed to see it, corrects it by relabelling.</li>
 *   <li>relabels are applied, then the article's story is added to its keys that lacked it, then
 *       its own verdict is saved: once its record is final, a redelivery only rewrites the result object. A relabel that moves an article into another
 *       story merges its whole story into that one (see {@code mergeStory}).</li>
 * </ol>
 */
public final class MatchService {
    /** Candidates read after counting shared keys: bounds record reads per article. */
    public static final int MAX_CANDIDATES = 8;
    /**
     * Further candidates read (one more batch request) only when undecided ones are among the top:
     * concurrent copies of one story tie on every key, and the earliest must not fall off the cut.
     */
    public static final int MAX_EXTRA_CANDIDATES = 92;
    /** Shared keys needed to become a candidate: a single shared sample occurs between unrelated texts. */
    public static final int MIN_SHARED_KEYS = 2;
    /** Story members read per candidate story, earliest first: the story's source and first copies. */
    public static final int STORY_MEMBERS_LIMIT = 8;
    /** Longest wait for an earlier-registered article's verdict; the function timeout must exceed it. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(20);
    /**
     * Longest wait for an undecided representative that registered a key before us but cannot see
     * us (we are not among that key's representatives). Bounded and then ignored, so such waits can
     * never form a cycle with the unbounded waits on smaller numbers; shorter than {@link #MAX_WAIT}.
     */
    static final Duration MAX_PREDECESSOR_WAIT = Duration.ofSeconds(5);
    /** Stories read by their id alone (no representative of theirs among the candidates), per article. */
    static final int MAX_STORIES_BY_ID = 2;
    /** Longest wait for a registered candidate's arrival number (normally one write away). */
    static final Duration MAX_NUMBER_WAIT = Duration.ofSeconds(2);
    /** First poll interval while waiting; doubles up to {@link #MAX_POLL_INTERVAL}. */
    static final Duration FIRST_POLL_INTERVAL = Duration.ofMillis(25);
    static final Duration MAX_POLL_INTERVAL = Duration.ofMillis(800);
    /** Optimistic-locking attempts before handing the article back to the platform's retry. */
    static final int MAX_WRITE_ATTEMPTS = 8;
    /** Story members read per page while merging a story into another: bounds each read, not the story. */
    static final int MERGE_PAGE = 100;
    /** Extra passes over a merged story from its start: catches members saved during the merge. */
    static final int MERGE_SWEEPS = 1;
    /** Between the two story ids of a noted merge; article ids are hex. */
    static final char MERGE_SEPARATOR = '>';
    /** Below every arrival number (the counter starts at 1): the first page of a story. */
    static final long BEFORE_FIRST_SEQ = 0;
    /** Sequence of an article that registered its keys but shows no number (after awaitNumbers: counts as later). */
    static final long NOT_YET_NUMBERED = Long.MAX_VALUE;

    private final Engine engine;
    private final ObjectStore objects;
    private final ArticleRepository articles;
    private final SignatureIndex index;
    private final StorageLayout layout;
    private final Clock clock;
    private final MatchEvents events;

    public MatchService(Engine engine, ObjectStore objects, ArticleRepository articles, SignatureIndex index,
                        StorageLayout layout) {
        this(engine, objects, articles, index, layout, Clock.systemUTC());
    }

    public MatchService(Engine engine, ObjectStore objects, ArticleRepository articles, SignatureIndex index,
                        StorageLayout layout, Clock clock) {
        this(engine, objects, articles, index, layout, clock, MatchEvents.NONE);
    }

    public MatchService(Engine engine, ObjectStore objects, ArticleRepository articles, SignatureIndex index,
                        StorageLayout layout, Clock clock, MatchEvents events) {
        this.events = Objects.requireNonNull(events, "events");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.objects = Objects.requireNonNull(objects, "objects");
        this.articles = Objects.requireNonNull(articles, "articles");
        this.index = Objects.requireNonNull(index, "index");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Verdict process(Envelope envelope) {
        if (envelope.rejected()) {
            return publish(articles.putIfAbsent(rejectedRecord(envelope)).verdict());
        }
        Registration registration = register(envelope);
        ArticleRecord registered = registration.record();
        if (registered.isFinal()) {
            return publish(registered.verdict());
        }
        if (registration.redelivery()) {
            // A redelivery: finish the story merges an earlier attempt started, so that we decide
            // on the same (merged) stories whatever point that attempt reached.
            for (String merge : articles.notedMerges(envelope.articleId())) {
                int at = merge.indexOf(MERGE_SEPARATOR);
                mergeStory(merge.substring(0, at), merge.substring(at + 1), "source " + envelope.articleId() + " arrived");
                republishMoved(merge.substring(0, at), merge.substring(at + 1));
            }
        }
        Fingerprint fp = Fingerprint.decode(registered.fingerprint());
        long seq = registered.arrivalSeq();
        long[] keys = KeySample.of(fp);
        Map<Long, SignatureIndex.Posting> postings = lookup(keys, registration.settled());
        Decision decision = engine.decide(fp, seq, candidates(envelope.articleId(), seq, postings));
        return publish(conclude(registered, decision, keys, postings));
    }

    /**
     * What step 1 left: the record with its number, whether an earlier delivery had stored it, and
     * the postings of the keys it left out as settled ({@link #keysToWrite}).
     */
    record Registration(ArticleRecord record, boolean redelivery, Map<Long, SignatureIndex.Posting> settled) {}

    /**
     * Step 1: record, index entries, then the arrival number. No read first: the conditional put
     * returns the stored record when a delivery got there first, so a new article (the common
     * case) saves a request, and its keys go in the same write.
     */
    Registration register(Envelope envelope) {
        ArticleRecord pending = ArticleRecord.pending(envelope);
        Map<Long, SignatureIndex.Posting> settled = new HashMap<>();
        ArticleRecord stored = articles.putIfAbsentIndexed(pending, index,
                keysToWrite(pending.articleId(), KeySample.of(Fingerprint.decode(pending.fingerprint())), settled));
        // a redelivery may have been numbered long ago: its keys are read afresh
        return stored != pending ? new Registration(register(stored), true, Map.of())
                : new Registration(number(stored), false, settled);
    }

    /**
     * Step 1 after the record is stored ({@code record} is what the conditional put left): index
     * entries, then the arrival number. Returns the record with its number.
     */
    ArticleRecord register(ArticleRecord record) {
        if (record.isFinal() || record.arrivalSeq() != null) {
            return record; // numbered: its index entries were written before the number was taken
        }
        index.add(record.articleId(), keysToWrite(record.articleId(), KeySample.of(Fingerprint.decode(record.fingerprint()))));
        return number(record);
    }

    /**
     * The keys this article must write before it takes its number. Left out: keys that already list
     * it (a redelivery), full keys (their write could only fail), and keys whose representatives are
     * all decided. A decided article holds a smaller number than ours, so our lookup finds it, and it
     * leads to its story; any article arriving later finds that story the same way. Copies of a
     * known story thus write only the keys their story does not carry, the largest share of what a
     * copy cost. Keys with an undecided representative are written: that racer may take a number
     * after ours and must then see us.
     */
    long[] keysToWrite(String self, long[] keys) {
        return keysToWrite(self, keys, new HashMap<>());
    }

    /** As {@link #keysToWrite(String, long[])}, putting the postings of the keys it leaves out as settled into {@code settled}. */
    private long[] keysToWrite(String self, long[] keys, Map<Long, SignatureIndex.Posting> settled) {
        Map<Long, SignatureIndex.Posting> seen = index.peek(keys);
        if (seen.isEmpty()) {
            return keys;
        }
        Set<String> reps = new java.util.HashSet<>();
        for (SignatureIndex.Posting p : seen.values()) {
            if (!p.full() && !p.representatives().contains(self)) {
                reps.addAll(p.representatives());
            }
        }
        Set<String> decided = reps.isEmpty() ? Set.of() : articles.decided(reps);
        return java.util.Arrays.stream(keys).filter(k -> {
            SignatureIndex.Posting p = seen.get(k);
            if (p == null || p.representatives().contains(self)) {
                return p == null;
            }
            if (p.full() || !p.representatives().isEmpty() && decided.containsAll(p.representatives())) {
                settled.put(k, p);
                return false;
            }
            return true;
        }).toArray();
    }

    /**
     * The postings of {@code keys} after our number: read strongly, except the keys the pre-write
     * read settled (full, or held only by decided articles), which it already showed. Their
     * decided holders took numbers before ours and lead to their story, which is all the strong
     * read adds for such a key: an article that joined it since wrote it only because it then saw
     * an undecided holder, and it finds that story itself. Their story fields may lag (a story
     * added meanwhile is added again, idempotently; a key may count as boilerplate one article
     * late). Saves a read unit per key on a copy of a known story, most of whose keys are settled.
     */
    private Map<Long, SignatureIndex.Posting> lookup(long[] keys, Map<Long, SignatureIndex.Posting> settled) {
        if (settled.isEmpty()) {
            return index.lookup(keys);
        }
        Map<Long, SignatureIndex.Posting> out = new HashMap<>(
                index.lookup(java.util.Arrays.stream(keys).filter(k -> !settled.containsKey(k)).toArray()));
        for (long k : keys) {
            SignatureIndex.Posting p = settled.get(k);
            if (p != null) {
                out.put(k, p);
            }
        }
        return out;
    }

    /** The arrival number, taken only once the record and its index entries are stored. */
    private ArticleRecord number(ArticleRecord indexed) {
        return indexed.withArrivalSeq(articles.assignArrivalSeq(indexed.articleId()));
    }

    /**
     * Step 2: bounded candidate set: top representatives by shared keys that are not boilerplate,
     * plus the first members of their stories (and of up to {@link #MAX_STORIES_BY_ID} stories that
     * share keys but none of whose representatives made the cut).
     */
    List<StoredArticle> candidates(String self, long selfSeq, Map<Long, SignatureIndex.Posting> postings) {
        Map<String, Integer> hits = new HashMap<>();
        Map<String, Integer> storyHits = new HashMap<>();
        Set<Long> ownKeys = new java.util.HashSet<>();
        Set<String> predecessors = new LinkedHashSet<>();
        for (Map.Entry<Long, SignatureIndex.Posting> e : postings.entrySet()) {
            SignatureIndex.Posting posting = e.getValue();
            if (posting.representatives().contains(self)) {
                if (!posting.boilerplate()) {
                    ownKeys.add(e.getKey());
                }
            } else if (posting.full()) {
                predecessors.addAll(posting.representatives()); // registered before us, cannot see us here
            }
            if (posting.boilerplate()) {
                continue;
            }
            for (String id : posting.representatives()) {
                if (!id.equals(self)) {
                    hits.merge(id, 1, Integer::sum);
                }
            }
            for (String story : posting.stories()) {
                if (!story.equals(self)) {
                    storyHits.merge(story, 1, Integer::sum);
                }
            }
        }
        List<String> ranked = hits.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_SHARED_KEYS)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_CANDIDATES + MAX_EXTRA_CANDIDATES)
                .map(Map.Entry::getKey)
                .toList();
        List<String> top = ranked.subList(0, Math.min(MAX_CANDIDATES, ranked.size()));
        Map<String, ArticleRecord> found = new LinkedHashMap<>();
        if (!top.isEmpty()) {
            articles.findAll(top).stream()
                    .sorted(Comparator.comparingInt(r -> top.indexOf(r.articleId())))
                    .forEach(r -> found.put(r.articleId(), r));
        }
        if (ranked.size() > top.size() && found.values().stream().anyMatch(r -> !r.isFinal())) {
            // Undecided copies in a burst: the cut by id may hide an earlier arrival that this article
            // must see (it may not see us), and no final member leads to it through its story. Only
            // earlier ones are added: later ones see us, and offering them would relabel settled copies.
            List<String> rest = ranked.subList(top.size(), ranked.size());
            articles.findAll(rest).stream()
                    .filter(r -> r.arrivalSeq() == null || r.arrivalSeq() < selfSeq) // unnumbered: see awaitNumbers
                    .sorted(Comparator.comparingInt(r -> rest.indexOf(r.articleId())))
                    .forEach(r -> found.put(r.articleId(), r));
        }
        awaitNumbers(found);
        awaitPredecessors(found, selfSeq, predecessors, ownKeys);
        Set<String> stories = new LinkedHashSet<>();
        found.values().forEach(r -> {
            if (r.storyId() != null) {
                stories.add(r.storyId());
            }
        });
        storyHits.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_SHARED_KEYS && !stories.contains(e.getKey()) && !found.containsKey(e.getKey()))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_STORIES_BY_ID)
                .forEach(e -> stories.add(e.getKey()));
        for (String story : stories) {
            for (ArticleRecord member : articles.story(story, STORY_MEMBERS_LIMIT)) {
                if (!member.articleId().equals(self)) {
                    found.putIfAbsent(member.articleId(), member);
                }
            }
        }
        List<StoredArticle> out = new ArrayList<>(found.size());
        for (ArticleRecord r : found.values()) {
            if (!r.isFinal() && seqOf(r) > selfSeq) {
                // Undecided and numbered after us: it sees us and decides itself. Offering it would
                // have us relabel it from a stale snapshot, racing its own, better informed verdict.
                continue;
            }
            if (r.fingerprint() != null) {
                out.add(stored(r));
            }
        }
        // The engine keeps the first of equally good sources: offer the story's original, then earlier
        // arrivals, first, so identical copies all name the original rather than one another.
        out.sort(Comparator.comparing((StoredArticle a) -> a.label() != Label.ORIGINAL)
                .thenComparingLong(StoredArticle::arrivalSeq));
        return out;
    }

    /**
     * A candidate that registered its keys but shows no number may already hold a smaller one (taken
     * from the counter, not yet stored): treating it as later would let both sides claim the source.
     * Its number follows its key writes at once, so re-read it briefly; one still unnumbered after
     * {@link #MAX_NUMBER_WAIT} (crashed mid-registration) counts as later, and its retry will see us.
     */
    private void awaitNumbers(Map<String, ArticleRecord> found) {
        List<String> unnumbered = unnumbered(found);
        if (unnumbered.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        long deadline = start + MAX_NUMBER_WAIT.toNanos();
        Duration pause = FIRST_POLL_INTERVAL;
        while (!unnumbered.isEmpty() && System.nanoTime() < deadline) {
            sleep(pause);
            articles.findAll(unnumbered).forEach(r -> found.put(r.articleId(), r));
            unnumbered = unnumbered(found);
            pause = pause.multipliedBy(2).compareTo(MAX_POLL_INTERVAL) > 0 ? MAX_POLL_INTERVAL : pause.multipliedBy(2);
        }
        events.event("wait", null, Map.of("for", "arrival numbers", "waitedMs", (System.nanoTime() - start) / 1_000_000,
                "outcome", unnumbered.isEmpty() ? "numbered" : unnumbered.size() + " still unnumbered"));
    }

    /**
     * Undecided representatives of a full key we are not listed on registered before us, yet may
     * hold a later number; unless they see us on enough other keys, nobody would reconcile the two
     * verdicts. So we wait for theirs, at most {@link #MAX_PREDECESSOR_WAIT}: this wait is bounded,
     * so it cannot close a cycle with the waits on smaller numbers, which are.
     */
    private void awaitPredecessors(Map<String, ArticleRecord> found, long selfSeq, Set<String> predecessors,
                                   Set<Long> ownKeys) {
        List<String> waiting = waitingFor(found, selfSeq, predecessors, ownKeys);
        if (waiting.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        long deadline = start + MAX_PREDECESSOR_WAIT.toNanos();
        Duration pause = FIRST_POLL_INTERVAL;
        while (!waiting.isEmpty() && System.nanoTime() < deadline) {
            sleep(pause);
            articles.findAll(waiting).forEach(r -> found.put(r.articleId(), r));
            waiting = waitingFor(found, selfSeq, predecessors, ownKeys);
            pause = pause.multipliedBy(2).compareTo(MAX_POLL_INTERVAL) > 0 ? MAX_POLL_INTERVAL : pause.multipliedBy(2);
        }
        events.event("wait", null, Map.of("for", "earlier representatives", "waitedMs",
                (System.nanoTime() - start) / 1_000_000, "outcome", waiting.isEmpty() ? "decided" : waiting.size() + " still undecided"));
    }

    private static List<String> waitingFor(Map<String, ArticleRecord> found, long selfSeq, Set<String> predecessors,
                                           Set<Long> ownKeys) {
        return found.values().stream()
                .filter(r -> !r.isFinal() && seqOf(r) > selfSeq && unseen(r, predecessors, ownKeys))
                .map(ArticleRecord::articleId).toList();
    }

    /**
     * Whether {@code r} registered a key before us and cannot find us: we represent fewer than
     * {@link #MIN_SHARED_KEYS} of its sampled keys.
     */
    private static boolean unseen(ArticleRecord r, Set<String> predecessors, Set<Long> ownKeys) {
        if (!predecessors.contains(r.articleId()) || r.fingerprint() == null) {
            return false;
        }
        int shared = 0;
        for (long k : KeySample.of(Fingerprint.decode(r.fingerprint()))) {
            if (ownKeys.contains(k) && ++shared >= MIN_SHARED_KEYS) {
                return false;
            }
        }
        return true;
    }

    private static List<String> unnumbered(Map<String, ArticleRecord> found) {
        return found.values().stream().filter(r -> !r.isFinal() && r.arrivalSeq() == null).map(ArticleRecord::articleId).toList();
    }

    /** Steps 3-4: story, relabels, own verdict (in that order, see the class comment). */
    private Verdict conclude(ArticleRecord self, Decision decision, long[] keys, Map<Long, SignatureIndex.Posting> postings) {
        long seq = self.arrivalSeq();
        Story.Members members = id -> decided(settled(id, seq));
        String storyId;
        List<Decision.Relabel> relabels;
        if (decision.label() == Label.ORIGINAL) {
            relabels = Story.rooted(decision.relabels(), null, members);
            storyId = Story.joined(self.articleId(), decision, relabels, members);
        } else {
            storyId = Story.joined(self.articleId(), decision, List.of(), members);
            relabels = Story.rooted(decision.relabels(), storyId, members);
        }
        for (Decision.Relabel r : relabels) {
            relabel(r, self.articleId(), seq, storyId);
        }
        Verdict verdict = Verdict.builder().articleId(self.articleId()).label(decision.label()).storyId(storyId)
                .matchedArticleId(decision.label() == Label.ORIGINAL ? null : decision.matched().articleId())
                .confidence(decision.confidence()).scores(decision.scores()).evidence(decision.evidence())
                .key(self.objectKey()).title(self.title()).source(self.source()).url(self.url())
                .publishedAt(self.publishedAt()).decidedAt(clock.instant()).build();
        indexStory(self.articleId(), storyId, keys, postings);
        Verdict saved = saveOwn(self, verdict);
        if (saved.label() != Label.ORIGINAL && saved.label() != Label.REJECTED && saved.matchedArticleId() != null) {
            // Our source may have been merged into another story after we read it: follow it.
            ArticleRecord source = articles.find(saved.matchedArticleId()).orElse(null);
            if (source != null && source.isFinal() && source.storyId() != null
                    && !source.storyId().equals(saved.storyId())) {
                mergeStory(saved.storyId(), source.storyId(), "its source " + saved.matchedArticleId() + " moved there");
                return articles.find(self.articleId()).map(ArticleRecord::verdict).orElse(saved);
            }
        }
        return saved;
    }

    private static Verdict decided(ArticleRecord r) {
        return r != null && r.isFinal() ? r.verdict() : null;
    }

    /**
     * The article's story on the keys whose items lacked it (and are not boilerplate yet): for an
     * original, which named itself provisionally at registration, usually none; for a copy, the
     * keys it brought (its own trim, credit line, headline). Before the verdict is saved, so a
     * redelivery after a crash repeats it.
     */
    private void indexStory(String self, String storyId, long[] keys, Map<Long, SignatureIndex.Posting> postings) {
        long[] lacking = java.util.Arrays.stream(keys).filter(k -> {
            SignatureIndex.Posting p = postings.get(k);
            return p == null || (!p.stories().contains(storyId) && !p.boilerplate());
        }).toArray();
        if (lacking.length > 0) {
            index.addStory(self, storyId, lacking, postings);
        }
    }

    /**
     * The current record of {@code id}; when it is pending and registered before us (smaller
     * number), waits for its verdict. Never waits for a later article, so waits cannot form a cycle.
     */
    private ArticleRecord settled(String id, long mySeq) {
        ArticleRecord r = articles.find(id).orElse(null);
        if (r == null || r.isFinal() || seqOf(r) > mySeq) {
            return r;
        }
        long start = System.nanoTime();
        long deadline = start + MAX_WAIT.toNanos();
        Duration pause = FIRST_POLL_INTERVAL;
        while (System.nanoTime() < deadline) {
            sleep(pause);
            r = articles.find(id).orElse(null);
            if (r == null || r.isFinal()) {
                events.event("wait", null, Map.of("for", id, "waitedMs", (System.nanoTime() - start) / 1_000_000,
                        "outcome", "decided"));
                return r;
            }
            pause = pause.multipliedBy(2).compareTo(MAX_POLL_INTERVAL) > 0 ? MAX_POLL_INTERVAL : pause.multipliedBy(2);
        }
        events.event("wait", null, Map.of("for", id, "waitedMs", MAX_WAIT.toMillis(), "outcome", "timeout"));
        throw new RetryableException("article " + id + " registered earlier is still undecided after " + MAX_WAIT);
    }

    private void relabel(Decision.Relabel r, String sourceId, long mySeq, String storyId) {
        String id = r.article().articleId();
        for (int attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
            ArticleRecord target = settled(id, mySeq);
            if (target == null || !target.isFinal()) {
                return; // registered after us: it sees us and decides consistently itself
            }
            Story.Relabelling step = Story.relabel(target.verdict(), r, sourceId, storyId, clock.instant());
            if (step instanceof Story.MergeFirst merge) {
                // The target leaves its story for ours: its whole story comes along (see mergeStory),
                // the target too with its label kept, then the target is relabelled. The merge is
                // noted on our pending record first so a redelivery after a crash finishes it.
                articles.noteMerges(sourceId, List.of(merge.from() + MERGE_SEPARATOR + merge.into()));
                mergeStory(merge.from(), merge.into(), "source " + sourceId + " arrived");
            } else if (step instanceof Story.Unchanged same) {
                // Already stored, possibly by a write reported lost or a crashed earlier delivery:
                // results/ may not show it yet.
                publish(same.current());
                return;
            } else if (step instanceof Story.Replace replace) {
                if (articles.saveVerdict(target.withVerdict(replace.updated()))) {
                    publish(replace.updated());
                    return;
                }
                events.event("race", sourceId, Map.of("write", "relabel", "target", id, "attempt", attempt + 1));
            }
        }
        throw new RetryableException("relabel of " + id + " lost " + MAX_WRITE_ATTEMPTS + " write races");
    }

    /**
     * Story merge rule: when a relabel moves an article from story {@code from} into story
     * {@code into}, the two stories become one and {@code into} survives. Every decided member of
     * {@code from} (the relabelled article too, before its relabel) gets storyId {@code into},
     * keeping its label and matched article, and notes the merge in its history. Paged by arrival
     * number (bounded reads), each move a conditional write on the member's version; a member no
     * longer in {@code from} is skipped, so a redelivery repeats only what is left.
     */
    private void mergeStory(String from, String into, String why) {
        long after = BEFORE_FIRST_SEQ;
        int sweeps = 0;
        int moved = 0;
        while (true) {
            List<ArticleRecord> page = articles.storyAfter(from, after, MERGE_PAGE);
            for (ArticleRecord member : page) {
                after = Math.max(after, seqOf(member));
                if (moveToStory(member, from, into, why)) {
                    moved++;
                }
            }
            if (page.isEmpty()) {
                if (after == BEFORE_FIRST_SEQ || sweeps++ == MERGE_SWEEPS) {
                    events.event("merge", null, Map.of("from", from, "into", into, "moved", moved, "why", why));
                    return;
                }
                // Once more from the start: an article deciding meanwhile may have joined {@code from}
                // behind the cursor (its own post-save check covers the other order, see conclude).
                after = BEFORE_FIRST_SEQ;
            }
        }
    }

    /**
     * The results/ object of every member a merge moved, written again: the earlier attempt may have
     * died between moving a member and publishing it, and the member is no longer in {@code from}.
     */
    private void republishMoved(String from, String into) {
        long after = BEFORE_FIRST_SEQ;
        List<ArticleRecord> page;
        while (after != NOT_YET_NUMBERED && !(page = articles.storyAfter(into, after, MERGE_PAGE)).isEmpty()) {
            for (ArticleRecord member : page) {
                after = Math.max(after, seqOf(member));
                if (member.isFinal() && Story.movedBy(member.verdict(), from, into)) {
                    publish(member.verdict());
                }
            }
        }
    }

    /** Moves one member; true when this call wrote the move. */
    private boolean moveToStory(ArticleRecord member, String from, String into, String why) {
        ArticleRecord current = member;
        for (int attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
            if (current == null || !current.isFinal() || !from.equals(current.storyId())) {
                if (attempt > 0 && current != null && current.isFinal() && into.equals(current.storyId())) {
                    publish(current.verdict()); // our write went through though reported lost
                }
                return false; // moved already (by an earlier delivery) or relabelled elsewhere meanwhile
            }
            Verdict moved = Story.moved(current.verdict(), from, into, why, clock.instant());
            if (articles.saveVerdict(current.withVerdict(moved))) {
                publish(moved);
                return true;
            }
            events.event("race", member.articleId(), Map.of("write", "merge", "story", into, "attempt", attempt + 1));
            // The index copy may be stale, or someone wrote first: re-read strongly and retry.
            current = articles.find(member.articleId()).orElse(null);
        }
        throw new RetryableException("merge of " + member.articleId() + " into story " + into + " lost "
                + MAX_WRITE_ATTEMPTS + " write races");
    }

    /**
     * The first attempt writes on the version registered (nothing bumps a pending record's version
     * but a verdict), so no read precedes it; a lost race re-reads.
     */
    private Verdict saveOwn(ArticleRecord self, Verdict verdict) {
        String id = self.articleId();
        ArticleRecord current = self;
        for (int attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
            if (attempt > 0) {
                current = articles.find(id).orElseThrow(() -> new IllegalStateException("registered article vanished: " + id));
            }
            if (current.isFinal()) {
                return current.verdict(); // a concurrent delivery of the same object decided first
            }
            if (articles.saveVerdict(current.withVerdict(verdict))) {
                return verdict;
            }
            events.event("race", id, Map.of("write", "verdict", "attempt", attempt + 1));
        }
        throw new RetryableException("verdict of " + id + " lost " + MAX_WRITE_ATTEMPTS + " write races");
    }

    private Verdict publish(Verdict v) {
        objects.put(layout.resultKey(v.articleId()), VerdictJson.toBytes(v), "application/json");
        return v;
    }

    private ArticleRecord rejectedRecord(Envelope e) {
        Verdict v = Verdict.builder().articleId(e.articleId()).label(Label.REJECTED).confidence(1.0).scores(Scores.NONE)
                .evidence(Evidence.none("rejected: " + e.rejectedCode())).reason(e.rejectedReason())
                .key(e.key()).title(e.title()).source(e.source()).url(e.url()).publishedAt(e.publishedAt())
                .decidedAt(clock.instant()).build();
        return ArticleRecord.builder().articleId(e.articleId()).objectKey(e.key()).title(e.title()).source(e.source())
                .url(e.url()).publishedAt(e.publishedAt()).isFinal(true).verdict(v).version(0).build();
    }

    private static StoredArticle stored(ArticleRecord r) {
        return new StoredArticle(r.articleId(), r.storyId(), r.label(), seqOf(r), Fingerprint.decode(r.fingerprint()));
    }

    private static long seqOf(ArticleRecord r) {
        return r.arrivalSeq() == null ? NOT_YET_NUMBERED : r.arrivalSeq();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetryableException("interrupted while waiting");
        }
    }
}
