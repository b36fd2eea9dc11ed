package dev.storyprint.engine.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Extracts the article body of an HTML page with jsoup: page furniture goes (navigation, scripts,
 * forms, figures and captions, share/related/newsletter/ad blocks by class or id), then the body is
 * the marked-up article ({@code [itemprop=articleBody]}, {@code <article>}, {@code <main>}) or else
 * the element holding the most paragraph text. Paragraph boundaries become newlines, so the page and
 * the same article as plain text read alike. jsoup walks the tree iteratively, so deep nesting costs
 * no stack.
 */
final class HtmlExtractor {
    /** Whole elements that never hold article prose. */
    private static final String FURNITURE_TAGS = "script, style, noscript, template, iframe, svg, canvas, nav, header, "
            + "footer, aside, form, button, select, input, textarea, figure, figcaption, picture, img, video, audio, "
            + "object, embed, dialog, menu";
    /** Class/id words of furniture blocks (matched as whole words of the class or id). */
    private static final Set<String> FURNITURE_HINTS = Set.of(
            "share", "sharing", "social", "related", "newsletter", "subscribe", "subscription", "promo", "advert",
            "advertisement", "ad", "ads", "adslot", "sponsor", "sponsored", "comment", "comments", "caption", "credit",
            "credits", "breadcrumb", "breadcrumbs", "cookie", "cookies", "consent", "popup", "modal", "sidebar",
            "recommended", "recommendations", "outbrain", "taboola", "nav", "navbar", "navigation", "menu", "masthead",
            "signup", "paywall", "byline", "toolbar", "tags", "author", "footer", "banner", "disclaimer", "widget",
            "trending", "more", "readmore", "print", "hidden", "sr");
    /** A block with this many long paragraphs is article text whatever its class says. */
    static final int CONTENT_PARAGRAPHS = 3;
    /** Average paragraph length (chars) of prose; teaser lists have shorter ones. */
    static final int CONTENT_PARAGRAPH_CHARS = 100;
    /** Inline wrappers skipped above a paragraph; soup nests them without end, real pages a few. */
    static final int MAX_INLINE_CLIMB = 8;
    /** A marked-up article element must hold this share of the page's paragraph text to be trusted. */
    static final double MIN_MARKED_SHARE = 0.5;
    /** Sibling blocks with this share of the best block's paragraph text continue the article (ad breaks). */
    static final double SIBLING_SHARE = 0.25;
    private static final Set<String> BLOCK_TAGS = Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "section", "article",
            "main", "tr", "table", "pre", "dd", "dt", "dl", "hr", "address", "center", "br", "body", "tbody", "thead");

    /** The extracted body (paragraphs separated by newlines) and page metadata, each possibly null. */
    record Extracted(String text, String title, String url, String source, String publishedAt) {}

    Extracted extract(String html) {
        Document doc = Jsoup.parse(html);
        String title = title(doc);
        String url = firstNonBlank(attr(doc, "link[rel=canonical]", "href"), attr(doc, "meta[property=og:url]", "content"));
        String source = attr(doc, "meta[property=og:site_name]", "content");
        String published = firstNonBlank(attr(doc, "meta[property=article:published_time]", "content"),
                attr(doc, "meta[itemprop=datePublished]", "content"), attr(doc, "time[datetime]", "datetime"));
        Element body = doc.body();
        Element h1 = body.selectFirst("h1");
        if (h1 != null) {
            h1.remove(); // it is the title, kept apart from the body
        }
        removeFurniture(body);
        List<Element> roots = roots(body);
        StringBuilder text = new StringBuilder();
        for (Element root : roots) {
            appendText(root, text);
            text.append('\n');
        }
        return new Extracted(paragraphs(text), title, url, source, published);
    }

    private static String title(Document doc) {
        Element h1 = doc.selectFirst("h1");
        String fromH1 = h1 == null ? null : h1.text();
        return firstNonBlank(fromH1, attr(doc, "meta[property=og:title]", "content"), doc.title());
    }

    private static String attr(Document doc, String query, String attribute) {
        Element e = doc.selectFirst(query);
        return e == null ? null : e.attr(attribute);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static void removeFurniture(Element body) {
        body.select(FURNITURE_TAGS).remove();
        Map<Element, long[]> stats = paragraphStats(body);
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e != body && hinted(e) && !isMarkedArticle(e) && !looksLikeContent(stats.get(e))) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            e.remove();
        }
    }

    private static boolean hinted(Element e) {
        return hasHint(e.className()) || hasHint(e.id()) || hasHint(e.attr("role")) || hasHint(e.attr("data-component"));
    }

    static boolean hasHint(String attribute) {
        if (attribute.isEmpty()) {
            return false;
        }
        int start = -1;
        String lower = attribute.toLowerCase(Locale.ROOT);
        for (int i = 0; i <= lower.length(); i++) {
            boolean letter = i < lower.length() && Character.isLetter(lower.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (FURNITURE_HINTS.contains(lower.substring(start, i))) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    private static boolean isMarkedArticle(Element e) {
        String tag = e.normalName();
        return tag.equals("article") || tag.equals("main") || e.attr("itemprop").equalsIgnoreCase("articleBody");
    }

    private static boolean looksLikeContent(long[] stat) {
        return stat != null && stat[0] >= CONTENT_PARAGRAPHS && stat[1] >= CONTENT_PARAGRAPH_CHARS * stat[0];
    }

    /**
     * For every element: how many {@code <p>} it holds and how many characters of paragraph text,
     * in one iterative pass (per-element selects would be quadratic on deeply nested pages).
     */
    static Map<Element, long[]> paragraphStats(Element root) {
        Map<Element, long[]> stats = new IdentityHashMap<>();
        ArrayDeque<long[]> open = new ArrayDeque<>();
        int[] inParagraph = {0};
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element) {
                    open.push(new long[2]);
                    if (((Element) node).normalName().equals("p")) {
                        inParagraph[0]++;
                    }
                } else if (node instanceof TextNode && inParagraph[0] > 0 && !open.isEmpty()) {
                    open.peek()[1] += ((TextNode) node).text().strip().length();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element)) {
                    return;
                }
                long[] own = open.pop();
                if (((Element) node).normalName().equals("p")) {
                    own[0]++;
                    inParagraph[0]--;
                }
                stats.put((Element) node, own);
                if (!open.isEmpty()) {
                    open.peek()[0] += own[0];
                    open.peek()[1] += own[1];
                }
            }
        });
        return stats;
    }

    /** The elements whose text is the article, in document order. */
    private static List<Element> roots(Element body) {
        Map<Element, long[]> stats = paragraphStats(body);
        Map<Element, Long> byParent = new IdentityHashMap<>();
        long total = 0;
        for (Element p : body.select("p")) {
            long len = stats.get(p)[1];
            total += len;
            Element parent = container(p);
            if (parent != null) {
                byParent.merge(parent, len, Long::sum);
            }
        }
        for (String query : new String[] {"[itemprop=articleBody]", "article", "main, [role=main]"}) {
            Element best = null;
            long bestLen = -1;
            for (Element e : body.select(query)) {
                long len = stats.get(e)[1];
                if (len > bestLen) {
                    best = e;
                    bestLen = len;
                }
            }
            if (best != null && (total == 0 ? !best.text().isBlank() : bestLen >= MIN_MARKED_SHARE * total)) {
                return List.of(best);
            }
        }
        Element best = null;
        long bestLen = 0;
        for (Map.Entry<Element, Long> entry : byParent.entrySet()) {
            if (entry.getValue() > bestLen) {
                best = entry.getKey();
                bestLen = entry.getValue();
            }
        }
        if (best == null) {
            return List.of(body);
        }
        Element parent = best.parent();
        if (parent == null) {
            return List.of(best);
        }
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            Long len = byParent.get(sibling);
            if (sibling == best || (len != null && len >= SIBLING_SHARE * bestLen)) {
                out.add(sibling);
            }
        }
        return out;
    }

    /**
     * The block that holds a paragraph: its parent, skipping inline wrappers that tag soup leaves
     * around paragraphs (an unclosed {@code <i>} or {@code <font>} adopts everything after it).
     */
    private static Element container(Element p) {
        Element parent = p.parent();
        for (int climbed = 0; climbed < MAX_INLINE_CLIMB && parent != null && parent.parent() != null
                && !BLOCK_TAGS.contains(parent.normalName()) && !isCell(parent); climbed++) {
            parent = parent.parent();
        }
        return parent;
    }

    /** Text of {@code root} with a newline at every block boundary; jsoup's traversal is iterative. */
    private static void appendText(Element root, StringBuilder out) {
        // source line breaks inside marked-up paragraphs are wrapping, not paragraph ends; a "page"
        // with no block markup at all is plain text served as HTML and keeps its lines
        boolean marked = root.selectFirst("p, div, br, li, h2, h3, td, blockquote, section") != null;
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode) {
                    TextNode text = (TextNode) node;
                    out.append(marked && !inPre(text) ? text.getWholeText().replace('\n', ' ').replace('\r', ' ')
                            : text.getWholeText());
                } else if (node instanceof Element && BLOCK_TAGS.contains(((Element) node).normalName())) {
                    out.append('\n');
                } else if (node instanceof Element && isCell((Element) node)) {
                    out.append(' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element && BLOCK_TAGS.contains(((Element) node).normalName())) {
                    out.append('\n');
                }
            }
        });
    }

    private static boolean inPre(TextNode text) {
        Node parent = text.parent();
        return parent instanceof Element && ((Element) parent).normalName().equals("pre");
    }

    private static boolean isCell(Element e) {
        return e.normalName().equals("td") || e.normalName().equals("th");
    }

    /** Collapses whitespace inside lines and drops empty lines: one paragraph per line. */
    static String paragraphs(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        boolean lineHasText = false;
        boolean pendingNewline = false;
        for (int i = 0, n = raw.length(); i < n; i++) {
            char c = raw.charAt(i);
            if (c == '\n') {
                pendingNewline |= lineHasText;
                lineHasText = false;
                space = false;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                space = lineHasText;
            } else {
                if (pendingNewline) {
                    out.append('\n');
                    pendingNewline = false;
                } else if (space) {
                    out.append(' ');
                }
                space = false;
                lineHasText = true;
                out.append(c);
            }
        }
        return out.toString();
    }
}
