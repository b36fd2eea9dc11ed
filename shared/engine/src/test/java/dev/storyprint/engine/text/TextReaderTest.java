package dev.storyprint.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.storyprint.engine.Article;
import dev.storyprint.engine.ArticleIds;
import dev.storyprint.engine.Document;
import dev.storyprint.engine.Engine;
import dev.storyprint.engine.Reading;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextReaderTest {
    /** About 90 words of made-up news prose, with curly quotes and an em dash. */
    static final String PROSE = "The city council voted on Tuesday to expand the harbour ferry service, ending a "
            + "two-year dispute over costs.\n"
            + "\u201cWe\u2019ve waited long enough,\u201d said council member Ana Ruiz, who led the campaign for the "
            + "new routes. \u201cCommuters deserve better.\u201d\n"
            + "The plan adds four boats and a night service from March, at a cost of $12 million a year\u2014about "
            + "3 per cent of the transport budget.\n"
            + "Opponents said the money would be better spent on buses, and warned that fares could rise if ridership "
            + "falls short of forecasts over the coming years.";

    private final TextReader reader = TextReader.standard();

    private static Document doc(byte[] bytes, String type, String name) {
        return new Document(bytes, type, name, Map.of());
    }

    private static Document doc(String text, String type, String name) {
        return doc(text.getBytes(StandardCharsets.UTF_8), type, name);
    }

    private Article accepted(Document d) {
        Reading r = reader.read(d);
        assertInstanceOf(Reading.Accepted.class, r, () -> "rejected: " + r);
        return ((Reading.Accepted) r).article();
    }

    private Reading.Rejected rejected(Document d, String code) {
        Reading r = reader.read(d);
        assertInstanceOf(Reading.Rejected.class, r, () -> "accepted: " + r);
        Reading.Rejected rej = (Reading.Rejected) r;
        assertEquals(code, rej.code(), rej.reason());
        assertTrue(rej.reason() != null && !rej.reason().isBlank());
        assertEquals(r.articleId(), ArticleIds.of(d.name() == null ? "api" : d.name(), d.bytes()));
        return rej;
    }

    @Test
    void plainUtf8IsAcceptedWithIdFromNameAndBytes() {
        Document d = doc(PROSE, "text/plain", "incoming/a.txt");
        Article a = accepted(d);
        assertEquals(ArticleIds.of("incoming/a.txt", d.bytes()), a.id());
        assertEquals(PROSE, a.text());
    }

    @Test
    void engineReadDelegatesAndNullNameMeansApi() {
        Document d = doc(PROSE, null, null);
        Reading r = Engine.standard().read(d);
        assertEquals(ArticleIds.of("api", d.bytes()), r.articleId());
        assertInstanceOf(Reading.Accepted.class, r);
    }

    @Test
    void empty() {
        assertTrue(rejected(doc(new byte[0], null, "x"), "empty").reason().contains("0 bytes"));
        rejected(doc(" \n\t\r\n  ", null, "x"), "empty");
        rejected(doc("{\"text\": \"   \"}", "application/json", "x.json"), "empty");
    }

    @Test
    void binaryByMagicNumber() {
        assertTrue(rejected(doc("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), null, "a.pdf"), "binary")
                .reason().contains("PDF"));
        rejected(doc(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13}, null, "a"), "binary");
        rejected(doc(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'}, null, "a"), "binary");
        rejected(doc(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}, null, "a.docx"), "binary");
        rejected(doc(new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0}, null, "a.gz"), "binary");
        rejected(doc(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, null, "a"), "binary");
        rejected(doc(new byte[] {'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0}, null, "a"), "binary");
    }

    @Test
    void binaryByNulAndControlBytes() {
        byte[] withNul = (PROSE + "\u0000\u0001\u0002").getBytes(StandardCharsets.UTF_8);
        rejected(doc(withNul, null, "a"), "binary");
        byte[] controls = new byte[400];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'a' + i % 20);
        }
        rejected(doc(controls, null, "a"), "binary");
    }

    @Test
    void printableSignatureWordsAreNotBinary() {
        accepted(doc("BMW and RIFF traders said " + PROSE, null, "a"));
    }

    @Test
    void tooLargeNamesTheLimit() {
        byte[] big = new byte[Limits.MAX_DOCUMENT_BYTES + 1];
        Arrays.fill(big, (byte) 'a');
        assertTrue(rejected(doc(big, null, "a"), "too-large").reason().contains("2 MiB"));
    }

    @Test
    void badEncoding() {
        // invalid UTF-8 whose Windows-1252 reading is mostly accented letters: some other code page
        byte[] b = new byte[300];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i % 4 == 3 ? ' ' : 0xC0 + i % 30);
        }
        rejected(doc(b, null, "a"), "bad-encoding");
        // valid UTF-8 that is mostly replacement characters: corrupted upstream
        rejected(doc("\ufffd\ufffd\ufffd \ufffd\ufffd word \ufffd\ufffd\ufffd\ufffd".repeat(20), null, "a"), "bad-encoding");
        // bytes undefined in both UTF-8 and Windows-1252
        rejected(doc(new byte[] {'a', (byte) 0x81, (byte) 0x8D, 'b', ' ', 'c'}, null, "a"), "bad-encoding");
    }

    @Test
    void tooShortAndTooLong() {
        assertTrue(rejected(doc("Just a headline and one sentence here.", null, "a"), "too-short").reason()
                .contains("too short to judge"));
        rejected(doc("word ".repeat(Limits.MAX_WORDS + 1), null, "a"), "too-long");
        accepted(doc("word ".repeat(Limits.MAX_WORDS), null, "a"));
        accepted(doc("word ".repeat(Limits.MIN_WORDS), null, "a"));
        rejected(doc("word ".repeat(Limits.MIN_WORDS - 1), null, "a"), "too-short");
    }

    @Test
    void noArticleText() {
        rejected(doc("<html><head><title>Home</title><script>var a = 1;</script></head><body><nav><a href=/>Home</a>"
                + "</nav><footer>Copyright</footer></body></html>", "text/html", "a.html"), "no-article-text");
    }

    @Test
    void malformedJson() {
        rejected(doc("{\"text\": \"unterminated", "application/json", "a"), "malformed-json");
        rejected(doc("{\"title\": \"no text field\"}", null, "a.json"), "malformed-json");
        rejected(doc("[1, 2, 3]", "application/json; charset=utf-8", "a"), "malformed-json");
        rejected(doc("{\"text\": 42}", "application/json", "a"), "malformed-json");
        rejected(doc("[".repeat(10_000), "application/json", "a"), "malformed-json");
    }

    @Test
    void utf16WithBomBothOrders() {
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            byte[] body = PROSE.getBytes(cs);
            byte[] bom = cs == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
            byte[] all = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, all, 0, bom.length);
            System.arraycopy(body, 0, all, bom.length, body.length);
            assertEquals(PROSE, accepted(doc(all, null, "a.txt")).text(), cs.name());
        }
    }

    @Test
    void utf16WithoutBomIsRecognised() {
        assertEquals(PROSE, accepted(doc(PROSE.getBytes(StandardCharsets.UTF_16LE), null, "a.txt")).text());
    }

    @Test
    void utf8BomIsDropped() {
        byte[] body = PROSE.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[body.length + 3];
        all[0] = (byte) 0xEF;
        all[1] = (byte) 0xBB;
        all[2] = (byte) 0xBF;
        System.arraycopy(body, 0, all, 3, body.length);
        assertEquals(PROSE, accepted(doc(all, null, "a.txt")).text());
    }

    @Test
    void windows1252CurlyQuotes() {
        byte[] cp1252 = PROSE.getBytes(Charset.forName("windows-1252"));
        assertTrue(cp1252.length < PROSE.getBytes(StandardCharsets.UTF_8).length); // really single-byte
        assertEquals(PROSE, accepted(doc(cp1252, null, "a.txt")).text());
    }

    @Test
    void declaredCharsetIsHonouredWhenItDecodes() {
        String russian = "\u041f\u0440\u0430\u0432\u0438\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u043e \u0433\u043e\u0440\u043e\u0434\u0430. ".repeat(30);
        byte[] koi8 = russian.getBytes(Charset.forName("KOI8-R"));
        assertEquals(russian, accepted(doc(koi8, "text/plain; charset=KOI8-R", "a")).text());
        // undeclared, the same bytes are no plausible Windows-1252 text
        rejected(doc(koi8, "text/plain", "a"), "bad-encoding");
        // a wrong or unknown declaration falls back to detection
        assertEquals(PROSE, accepted(doc(PROSE, "text/plain; charset=us-ascii", "a")).text());
        assertEquals(PROSE, accepted(doc(PROSE, "text/plain; charset=\"no-such\"", "a")).text());
        // a Latin-1 default declared on UTF-8 bytes: the bytes win
        assertEquals(PROSE, accepted(doc(PROSE, "text/plain; charset=ISO-8859-1", "a")).text());
    }

    @Test
    void latin1AccentsReadAsWindows1252() {
        String text = "Fran\u00e7ois M\u00fcller visited S\u00e3o Paulo and Z\u00fcrich. " + "More words here. ".repeat(20);
        assertEquals(text, accepted(doc(text.getBytes(StandardCharsets.ISO_8859_1), null, "a")).text());
    }

    @Test
    void jsonEnvelopeWithMetadata() {
        String json = "{\"text\": " + quote(PROSE) + ", \"title\": \"Ferries\", \"url\": \"https://example.com/f\","
                + " \"source\": \"Example Times\", \"publishedAt\": \"2019-07-08T10:00:00Z\", \"extra\": [1, {\"a\": null}]}";
        Article a = accepted(doc(json, "application/json", "api"));
        assertEquals(PROSE, a.text());
        assertEquals("Ferries", a.title());
        assertEquals("https://example.com/f", a.url());
        assertEquals("Example Times", a.source());
        assertEquals(Instant.parse("2019-07-08T10:00:00Z"), a.publishedAt());
    }

    @Test
    void sniffedJsonWithHtmlText() {
        String html = "<p>" + PROSE.replace("\n", "</p><p>") + "</p>";
        Article a = accepted(doc("  {\"text\": " + quote(html) + "}", null, "incoming/upload"));
        assertEquals(PROSE, a.text());
    }

    @Test
    void braceOpenedPlainTextIsText() {
        String text = "{Editor's note} " + PROSE;
        assertEquals(text, accepted(doc(text, null, "a")).text());
    }

    @Test
    void metadataOverridesTheDocumentsOwn() {
        Map<String, String> meta = Map.of("source", "Wire", "url", "https://w/1", "published-at", "2019-07-08",
                "title", "T");
        Article a = accepted(new Document(PROSE.getBytes(StandardCharsets.UTF_8), null, "a", meta));
        assertEquals("Wire", a.source());
        assertEquals("https://w/1", a.url());
        assertEquals("T", a.title());
        assertEquals(Instant.parse("2019-07-08T00:00:00Z"), a.publishedAt());
    }

    @Test
    void aDeclaredPublicationTimeThatIsNotIsoIsRejectedWhereverItIsDeclared() {
        Reading.Rejected meta = rejected(new Document(PROSE.getBytes(StandardCharsets.UTF_8), null, "a",
                Map.of("published-at", "last Tuesday", "title", "Ferries")), "bad-metadata");
        assertTrue(meta.reason().contains("\"last Tuesday\"") && meta.reason().contains("ISO-8601"), meta.reason());
        assertEquals("Ferries", meta.metadata().title(), "a rejection keeps the metadata it could read");
        String json = "{\"text\": \"" + PROSE.replace("\"", "\\\"").replace("\n", "\\n")
                + "\", \"publishedAt\": \"yesterday\"}";
        assertTrue(rejected(doc(json, "application/json", "a"), "bad-metadata").reason().contains("\"yesterday\""));
        // the upload's own valid time wins over the envelope's bad one
        assertEquals(Instant.parse("2019-07-08T00:00:00Z"), accepted(new Document(json.getBytes(StandardCharsets.UTF_8),
                "application/json", "a", Map.of("published-at", "2019-07-08"))).publishedAt());
        // a page's own date is content, not a declaration: one that does not parse is ignored
        String page = "<html><head><meta property=\"article:published_time\" content=\"March 3rd\"></head><body><p>"
                + PROSE + "</p></body></html>";
        assertNull(accepted(doc(page, "text/html", "a.html")).publishedAt());
    }

    @Test
    void titleUrlAndSourceAreBoundedWhereverTheyComeFrom() {
        String huge = "T".repeat(450 * 1024);
        Article fromMeta = accepted(new Document(PROSE.getBytes(StandardCharsets.UTF_8), null, "a",
                Map.of("title", huge, "url", "https://x/" + huge, "source", huge)));
        assertEquals(Limits.MAX_TITLE_CHARS, fromMeta.title().length());
        assertEquals(Limits.MAX_URL_CHARS, fromMeta.url().length());
        assertEquals(Limits.MAX_SOURCE_CHARS, fromMeta.source().length());
        String json = "{\"text\": \"" + PROSE.replace("\"", "\\\"").replace("\n", "\\n") + "\", \"title\": \""
                + huge + "\", \"url\": \"" + huge + "\"}";
        Article fromJson = accepted(doc(json, "application/json", "a.json"));
        assertEquals(Limits.MAX_TITLE_CHARS, fromJson.title().length());
        assertEquals(Limits.MAX_URL_CHARS, fromJson.url().length());
        Reading.Rejected shortOne = rejected(new Document("Too short.".getBytes(StandardCharsets.UTF_8), null, "a",
                Map.of("title", huge)), "too-short");
        assertEquals(Limits.MAX_TITLE_CHARS, shortOne.metadata().title().length(), "rejections are bounded too");
        // never half a surrogate pair
        String emoji = "a".repeat(Limits.MAX_TITLE_CHARS - 1) + "\uD83D\uDCF0 more";
        String cut = accepted(new Document(PROSE.getBytes(StandardCharsets.UTF_8), null, "a", Map.of("title", emoji))).title();
        assertEquals(Limits.MAX_TITLE_CHARS - 1, cut.length());
    }

    @Test
    void nulCharactersAreBinaryWhateverTheDeclaredCharset() {
        byte[] threeNuls = (PROSE + "\u0000\u0000\u0000").getBytes(StandardCharsets.UTF_8);
        for (String type : new String[] {null, "text/plain", "text/plain; charset=utf-8", "application/octet-stream",
                "text/plain; charset=windows-1252"}) {
            rejected(doc(threeNuls, type, "a.txt"), "binary");
        }
    }

    @Test
    void bomlessUtf16IsReadWhateverTheDeclaredCharset() {
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            for (String type : new String[] {null, "text/plain", "text/plain; charset=utf-8"}) {
                assertEquals(PROSE, accepted(doc(PROSE.getBytes(cs), type, "a.txt")).text(), cs + " " + type);
            }
        }
        byte[] odd = Arrays.copyOf(PROSE.getBytes(StandardCharsets.UTF_16LE), PROSE.length() * 2 + 1);
        odd[odd.length - 1] = '\n';
        String reason = rejected(doc(odd, null, "a.txt"), "bad-encoding").reason();
        assertTrue(reason.contains("without a byte order mark") && reason.contains("odd number of bytes"), reason);
    }

    @Test
    void theContentTypeDoesNotChangeWhatIsRead() {
        String html = "<div class=\"story\"><p>" + PROSE.replace("\n", "</p><p>") + "</p></div>";
        String json = "{\"text\": \"" + PROSE.replace("\"", "\\\"").replace("\n", "\\n") + "\", \"title\": \"Ferries\"}";
        String braced = "{Editor's note} " + PROSE;
        for (String body : new String[] {PROSE, html, json, braced, "Too short to judge.", "<p>Short</p>"}) {
            Reading first = null;
            for (String type : new String[] {null, "text/plain", "text/html", "application/octet-stream",
                    "text/plain; charset=utf-8", "text/html; charset=ISO-8859-1", "binary/octet-stream"}) {
                Reading r = reader.read(doc(body, type, "incoming/article"));
                if (first == null) {
                    first = r;
                }
                assertEquals(first, r, type + " changed the reading of " + body.substring(0, Math.min(20, body.length())));
            }
        }
    }

    @Test
    void jsonErrorsSayWhereInOurOwnWords() {
        for (String bad : new String[] {"{\"text\": \"x\",}", "{\"text\": \"a\"} trailing", "{\"text\": \"a\", \"text\": \"b\"}",
                "{\"text\": \"unterminated", "{\"text\" 1}"}) {
            String reason = rejected(doc(bad, "application/json", "a"), "malformed-json").reason();
            assertTrue(reason.startsWith("JSON does not parse: "), reason);
            assertTrue(!reason.contains("jackson") && !reason.contains("Exception") && !reason.contains("code 1"), reason);
        }
        assertTrue(rejected(doc("{\"text\": \"a\"} trailing", "application/json", "a"), "malformed-json").reason()
                .contains("after the JSON value"));
        assertTrue(rejected(doc("{\"text\": \"a\", \"text\": \"b\"}", "application/json", "a"), "malformed-json")
                .reason().contains("twice"));
        assertTrue(rejected(doc("{\"text\": \"x\",\n \"b\": }", "application/json", "a"), "malformed-json")
                .reason().contains("line 2"));
        String deep = "{\"text\": \"a\", \"x\": " + "[".repeat(Limits.MAX_JSON_DEPTH + 1) + "]".repeat(Limits.MAX_JSON_DEPTH + 1) + "}";
        assertTrue(rejected(doc(deep, "application/json", "a"), "malformed-json").reason().contains("nesting deeper than 64"));
        String shallow = "{\"text\": \"" + PROSE.replace("\"", "\\\"").replace("\n", "\\n") + "\", \"x\": "
                + "[".repeat(Limits.MAX_JSON_DEPTH - 1) + "]".repeat(Limits.MAX_JSON_DEPTH - 1) + "}";
        accepted(doc(shallow, "application/json", "a"));
        assertEquals("\"title\" must be a string", rejected(doc("{\"text\": \"a\", \"title\": 5}", "application/json", "a"),
                "malformed-json").reason());
    }

    @Test
    void isoDateForms() {
        assertEquals(Instant.parse("2019-07-08T08:00:00Z"), IsoInstants.parse("2019-07-08T10:00:00+02:00"));
        assertEquals(Instant.parse("2019-07-08T10:00:00Z"), IsoInstants.parse("2019-07-08T10:00:00"));
        assertNull(IsoInstants.parse("08/07/2019"));
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                default:
                    if (c > 0x7e) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.append('"').toString();
    }
}
