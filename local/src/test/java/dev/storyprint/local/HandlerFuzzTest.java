package dev.storyprint.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyprint.engine.ArticleIds;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Seeded malformed uploads through the real fingerprint and match handlers (S3 events with
 * URL-encoded keys, invoked in-process on one embedded stack): each must end as a verdict under
 * results/ (a real label, or rejected with a reason), and no handler may throw.
 */
class HandlerFuzzTest {
    /** The issue asks for at least a thousand inputs. */
    private static final int INPUTS = 1_000;
    private static final long SEED = 0x5709_9e1L;
    /** Input sizes stay small except in the explicitly huge cases: the suite must fit in a minute. */
    private static final int MAX_RANDOM_BYTES = 4_096;
    /** Above the engine's 2 MiB document limit. */
    private static final int HUGE_BYTES = 2 * 1024 * 1024 + 17;
    private static final Set<String> LABELS = Set.of("original", "syndicated", "spun", "rejected");
    private static final String[] KEY_SHAPES = {
        "fuzz %d.txt", "fuzz+%d+plus.txt", "dir/sub dir/%d.html", "unicodé/日本語 %d.txt", "pct%%20%d&a=b.txt",
        "tab\u00a0nbsp %d", "emoji 📰 %d.json", "%d"
    };
    private static final String[] CONTENT_TYPES = {null, "text/plain", "text/html", "application/json",
        "application/octet-stream", "text/plain; charset=iso-8859-1", "garbage/;;;"};
    private static final String WORDS = "council budget harbour storm rate bank said minister Brandt 2026 per cent "
            + "the a of and to in US$300 million quoted officials Thursday recall heaters";

    static EmbeddedStack stack;

    @BeforeAll
    static void start() throws Exception {
        stack = EmbeddedStack.start(EmbeddedStack.Options.inMemory(TestTemplates.projectTemplate()).withoutTriggers());
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void malformedInputsAllEndAsVerdicts() throws Exception {
        Random r = new Random(SEED);
        var fingerprint = stack.template().function("FingerprintFunction").orElseThrow();
        var match = stack.template().function("MatchFunction").orElseThrow();
        String incoming = stack.environment().get("INCOMING_PREFIX");
        String results = stack.environment().get("RESULTS_PREFIX");
        List<String> problems = new ArrayList<>();
        Map<String, Integer> labels = new TreeMap<>();
        for (int i = 0; i < INPUTS; i++) {
            int kind = i % Generator.values().length;
            byte[] bytes = Generator.values()[kind].make(r);
            String key = incoming + String.format(KEY_SHAPES[r.nextInt(KEY_SHAPES.length)], i);
            String contentType = CONTENT_TYPES[r.nextInt(CONTENT_TYPES.length)];
            stack.s3().putObject(b -> {
                b.bucket(stack.bucket()).key(key);
                if (contentType != null) {
                    b.contentType(contentType);
                }
            }, RequestBody.fromBytes(bytes));
            String id = ArticleIds.of(key, bytes);
            String what = Generator.values()[kind] + " #" + i + " key=" + key + " (" + bytes.length + " bytes)";
            try {
                stack.lambda().invoke(fingerprint,
                        S3Events.objectCreated(stack.bucket(), key, bytes.length, "e", "ObjectCreated:Put"));
                List<EmbeddedStack.HeldInvocation> sent = stack.heldInvocations();
                stack.lambda().invoke(match, sent.get(sent.size() - 1).payload());
            } catch (Exception | Error e) {
                problems.add(what + ": handler threw " + e);
                continue;
            }
            JsonNode v = Json.read(stack.s3().getObjectAsBytes(b -> b.bucket(stack.bucket())
                    .key(results + id + ".json")).asByteArray());
            String label = v.path("label").asText();
            labels.merge(label, 1, Integer::sum);
            if (!LABELS.contains(label)) {
                problems.add(what + ": label " + label);
            } else if (label.equals("rejected") && v.path("reason").asText("").isBlank()) {
                problems.add(what + ": rejected without a reason " + v);
            }
        }
        System.err.println("fuzz: " + INPUTS + " inputs, labels " + labels);
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems:\n" + String.join("\n", problems));
        assertEquals(INPUTS, labels.values().stream().mapToInt(Integer::intValue).sum());
        StoreAudit audit = StoreAudit.of(stack);
        assertTrue(audit.problems.isEmpty(), () -> String.join("\n", audit.problems));
        // Word-salad inputs from one small vocabulary chain into each other: late sources relabel
        // articles of several stories at once, which the story merge must keep consistent.
        assertTrue(audit.storyProblems.isEmpty(), () -> String.join("\n", audit.storyProblems));
    }

    /** Kinds of malformed input, taken in turn. */
    enum Generator {
        RANDOM_BYTES {
            byte[] make(Random r) {
                byte[] b = new byte[r.nextInt(MAX_RANDOM_BYTES)];
                r.nextBytes(b);
                return b;
            }
        },
        TRUNCATED_UTF8 {
            byte[] make(Random r) {
                byte[] b = (prose(r, 40) + " naïve café 日本語 📰").getBytes(StandardCharsets.UTF_8);
                return java.util.Arrays.copyOf(b, b.length - 1 - r.nextInt(3));
            }
        },
        DEEP_HTML {
            byte[] make(Random r) {
                int depth = 1_000 + r.nextInt(20_000);
                return ("<div>".repeat(depth) + "<p>" + prose(r, 30) + "</p>" + (r.nextBoolean() ? "</div>".repeat(depth) : ""))
                        .getBytes(StandardCharsets.UTF_8);
            }
        },
        HUGE_OR_LONG {
            byte[] make(Random r) {
                return switch (r.nextInt(4)) {
                    case 0 -> filled(HUGE_BYTES, (byte) 'a'); // over the byte limit
                    case 1 -> ("x".repeat(200_000) + "\n").getBytes(StandardCharsets.UTF_8); // one huge "word"
                    case 2 -> ("<html><body>" + "<p>word </p>".repeat(30_000) + "</body></html>")
                            .getBytes(StandardCharsets.UTF_8); // over the word limit
                    default -> (prose(r, 60).replace(' ', '\u00a0')).getBytes(StandardCharsets.UTF_8);
                };
            }
        },
        CONTROL_CHARACTERS {
            byte[] make(Random r) {
                StringBuilder s = new StringBuilder(prose(r, 20));
                for (int i = 0; i < 200; i++) {
                    s.insert(r.nextInt(s.length() + 1), (char) r.nextInt(32));
                }
                return s.toString().getBytes(StandardCharsets.UTF_8);
            }
        },
        NULS {
            byte[] make(Random r) {
                return r.nextBoolean() ? new byte[r.nextInt(5_000)]
                        : (prose(r, 30) + "\0".repeat(1 + r.nextInt(100))).getBytes(StandardCharsets.UTF_8);
            }
        },
        EMPTY_OR_BLANK {
            byte[] make(Random r) {
                return switch (r.nextInt(3)) {
                    case 0 -> new byte[0];
                    case 1 -> " \n\t\r ".repeat(r.nextInt(50)).getBytes(StandardCharsets.UTF_8);
                    default -> "<html><head><script>x()</script><style>p{}</style></head><body></body></html>"
                            .getBytes(StandardCharsets.UTF_8);
                };
            }
        },
        ZERO_WIDTH {
            byte[] make(Random r) {
                String[] zw = {"\u200b", "\u200c", "\u200d", "\ufeff", "\u2060"};
                StringBuilder s = new StringBuilder();
                for (int i = 0, n = 1 + r.nextInt(500); i < n; i++) {
                    s.append(zw[r.nextInt(zw.length)]);
                }
                return s.toString().getBytes(StandardCharsets.UTF_8);
            }
        },
        JSON_GARBAGE {
            byte[] make(Random r) {
                return switch (r.nextInt(5)) {
                    case 0 -> "[".repeat(10_000).getBytes(StandardCharsets.UTF_8);
                    case 1 -> "{\"title\": \"x\", \"body\": ".getBytes(StandardCharsets.UTF_8);
                    case 2 -> ("{\"title\":" + r.nextLong() + ",\"body\":[1,2,{\"a\":null}],\"publishedAt\":\"yesterday\"}")
                            .getBytes(StandardCharsets.UTF_8);
                    case 3 -> ("{\"body\":\"" + prose(r, 40) + "\\ud800\\u0000\"}").getBytes(StandardCharsets.UTF_8);
                    default -> "{\"a\":".repeat(200).getBytes(StandardCharsets.UTF_8);
                };
            }
        },
        LATIN1_AND_MIXED {
            byte[] make(Random r) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.writeBytes(prose(r, 30).getBytes(StandardCharsets.ISO_8859_1));
                out.writeBytes("caf\u00e9 na\u00efve \u00a3300".getBytes(StandardCharsets.ISO_8859_1));
                out.writeBytes(" 日本".getBytes(StandardCharsets.UTF_8));
                return out.toByteArray();
            }
        },
        PLAUSIBLE_TEXT {
            byte[] make(Random r) {
                return (prose(r, 5) + "\n\n" + prose(r, 80 + r.nextInt(300))).getBytes(StandardCharsets.UTF_8);
            }
        };

        abstract byte[] make(Random r);

        static String prose(Random r, int words) {
            String[] w = WORDS.split(" ");
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < words; i++) {
                s.append(i == 0 ? "" : r.nextInt(12) == 0 ? ". " : " ").append(w[r.nextInt(w.length)]);
            }
            return s.append('.').toString();
        }

        static byte[] filled(int n, byte b) {
            byte[] out = new byte[n];
            java.util.Arrays.fill(out, b);
            return out;
        }
    }
}
