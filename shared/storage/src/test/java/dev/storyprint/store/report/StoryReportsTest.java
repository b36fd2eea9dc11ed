package dev.storyprint.store.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.storyprint.engine.Engine;
import dev.storyprint.store.FingerprintService;
import dev.storyprint.store.InMemoryObjectStore;
import dev.storyprint.store.MatchService;
import dev.storyprint.store.ObjectStore;
import dev.storyprint.store.StorageLayout;
import dev.storyprint.store.memory.InMemoryArticleRepository;
import dev.storyprint.store.memory.InMemoryMatchQueue;
import dev.storyprint.store.memory.InMemorySignatureIndex;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The viewer's documents on the in-memory stores, through the real pipeline services. */
class StoryReportsTest {
    private static final Engine ENGINE = Engine.standard();
    private static final String[] PARAGRAPHS = {
        "The Northport harbour board voted on Monday to approve a new ferry berth on the western quay, ending a year"
                + " of hearings about the noise and the cost of the dredging it needs.",
        "Board chair Maria Alvarez said the berth would cost 48 million dollars and open in the spring of 2028, with"
                + " the first ferries from Lake Verin calling a few months later.",
        "Councillor Tomas Berg, who voted against, said the budget left no room for the dredging and warned that fees"
                + " would rise to cover any overrun on the 12 million dollar grant.",
        "Residents of Eastfield asked for a noise barrier and a cap on night work, and the board added both as"
                + " conditions before the final vote late on Monday evening.",
    };

    private InMemoryObjectStore objects;
    private InMemoryArticleRepository articles;
    private FingerprintService fingerprints;
    private final InMemoryMatchQueue queue = new InMemoryMatchQueue();
    private MatchService match;

    @BeforeEach
    void setUp() {
        objects = new InMemoryObjectStore();
        articles = new InMemoryArticleRepository();
        fingerprints = new FingerprintService(ENGINE, objects, queue, StorageLayout.DEFAULT);
        match = new MatchService(ENGINE, objects, articles, new InMemorySignatureIndex(), StorageLayout.DEFAULT);
    }

    /** Uploads {@code text} under incoming/ and runs both steps; returns the article id. */
    private String upload(String name, String text) {
        String key = "incoming/" + name;
        objects.upload(key, text.getBytes(StandardCharsets.UTF_8), "text/plain", Map.of());
        String id = fingerprints.process(key).orElseThrow().articleId();
        match.process(queue.last());
        return id;
    }

    private static String copy(int i) {
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < PARAGRAPHS.length; p++) {
            sb.append(p == i % PARAGRAPHS.length ? PARAGRAPHS[p].replace("said", "stated") : PARAGRAPHS[p]).append("\n\n");
        }
        return sb.append("(Reporting by desk ").append(i).append(')').toString();
    }

    @Test
    void aStoryLongerThanOnePageIsReadWhole() {
        String source = upload("source.txt", String.join("\n\n", PARAGRAPHS));
        for (int i = 1; i <= StoryReports.PAGE + 20; i++) {
            upload("copy-" + i + ".txt", copy(i));
        }
        StoryReports reports = new StoryReports(ENGINE, articles, objects);
        Map<String, Object> doc = reports.storyDocument(source).orElseThrow();
        Map<?, ?> story = (Map<?, ?>) ((List<?>) doc.get("stories")).get(0);
        assertEquals(StoryReports.PAGE + 21, story.get("articleCount"));
        assertEquals("source.txt", story.get("title"), "named after its original's file when it has no title");
        assertEquals(Boolean.FALSE, story.get("truncated"));
    }

    @Test
    void aCopyWhoseSourceTextIsGoneSaysSoInsteadOfComparing() {
        String source = upload("source.txt", String.join("\n\n", PARAGRAPHS));
        String copy = upload("copy.txt", copy(1));
        ObjectStore withoutSource = new ObjectStore() {
            @Override
            public Optional<StoredObject> get(String key) {
                return key.equals("incoming/source.txt") ? Optional.empty() : objects.get(key);
            }

            @Override
            public void put(String key, byte[] bytes, String contentType) {
                objects.put(key, bytes, contentType);
            }

            @Override
            public boolean exists(String key) {
                return get(key).isPresent();
            }
        };
        Map<?, ?> view = view(new StoryReports(ENGINE, articles, withoutSource), copy);
        assertNull(view.get("comparison"));
        assertTrue(String.valueOf(view.get("missing")).contains(source), String.valueOf(view.get("missing")));

        Map<?, ?> full = view(new StoryReports(ENGINE, articles, objects), copy);
        Map<?, ?> cmp = (Map<?, ?>) full.get("comparison");
        List<?> subs = (List<?>) cmp.get("substitutions");
        assertEquals(List.of("said", "stated", 1), subs.get(0), subs.toString());
    }

    @Test
    void aBundleCarriesEveryViewAndEachTextOnce() {
        String source = upload("source.txt", String.join("\n\n", PARAGRAPHS));
        List<String> copies = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            copies.add(upload("copy-" + i + ".txt", copy(i)));
        }
        Map<String, Object> doc = new StoryReports(ENGINE, articles, objects).bundleDocument(List.of(source));
        assertNull(doc.get("page"), "a bundle's address says which page to show");
        Map<?, ?> views = (Map<?, ?>) doc.get("views");
        Map<?, ?> texts = (Map<?, ?>) doc.get("texts");
        assertEquals(4, views.size());
        assertEquals(4, texts.size());
        for (String c : copies) {
            assertTrue(((Map<?, ?>) views.get(c)).get("comparison") != null, c);
        }
        assertFalse(((Map<?, ?>) views.get(source)).containsKey("comparison"), "the original has nothing to compare with");
    }

    @Test
    void aPageCannotBeBrokenOutOfByTheTextItCarries() {
        String hostile = String.join("\n\n", PARAGRAPHS) + "\n\nA line with </script><script>alert(1)</script> in it.";
        String id = upload("hostile.html.txt", hostile);
        Map<String, Object> doc = new StoryReports(ENGINE, articles, objects).articleDocument(id).orElseThrow();
        String html = ReportPage.html("t</title><b>", doc, ReportPage.Mode.SERVER);
        assertFalse(html.contains("<script>alert(1)"), "the text stays data");
        assertTrue(html.contains("\\u003c/script>\\u003cscript>alert(1)"), "escaped inside the JSON");
        assertTrue(html.contains("<title>t&lt;/title&gt;&lt;b&gt;</title>"));
        assertTrue(html.contains(ReportPage.CONTENT_SECURITY_POLICY));
    }

    private static Map<?, ?> view(StoryReports reports, String id) {
        Map<String, Object> doc = reports.articleDocument(id).orElseThrow();
        return (Map<?, ?>) ((Map<?, ?>) doc.get("views")).get(id);
    }
}
