package dev.storyprint.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Fictional test articles (invented places, people and firms) and test-only transformations. */
final class Fixtures {
    private Fixtures() {}

    static final String HARBOR = String.join("\n\n",
            "NORTHPORT - The city council of Northport voted on Tuesday to approve a 48 million dollar plan to rebuild the old harbor wall, ending a dispute that had delayed the work for nearly three years.",
            "Mayor Elena Varga said the vote was a turning point for the waterfront and promised that construction would begin before the end of March.",
            "The plan, drawn up by engineers at Kestrel Dynamics, calls for a new concrete barrier along 2.3 kilometres of the southern shore and a pumping station near the Tidewell fish market.",
            "Opponents on the council, led by councillor Marcus Obi, had argued that the design ignored the fishermen who depend on the harbor and that the cost would push up local taxes.",
            "Obi told reporters after the session that he still had serious doubts about the budget but would not block the project any longer.",
            "Residents of the Lowmarsh district, where flooding damaged more than 400 homes during the storm of 2021, welcomed the decision and said they had waited long enough.",
            "We have been sandbagging our doors every winter, said Ruth Calder, who runs a bakery on Quay Street. Finally somebody is listening to us.",
            "The regional water authority will pay 30 million dollars of the cost, with the rest coming from a municipal bond that the council expects to sell in the spring.",
            "Kestrel Dynamics chief executive Paul Henning said the company would hire about 150 workers for the project and train apprentices from the Northport technical college.",
            "Environmental groups, including the Coastal Trust, said they would monitor the construction closely because the southern shore is a nesting ground for terns.",
            "The council also asked the harbor master, Ingrid Solberg, to prepare a plan to keep the fishing fleet working while the wall is rebuilt in stages.",
            "Work on the first section, near the ferry terminal, is expected to take eighteen months, and the whole project should be finished by 2028, according to the schedule approved on Tuesday.");

    /** Same town, same people, different story: a same-topic original. */
    static final String FESTIVAL = String.join("\n\n",
            "NORTHPORT - Thousands of visitors crowded the Tidewell fish market on Saturday for the annual lantern festival, which organisers said was the biggest in its history.",
            "Mayor Elena Varga opened the festival with a short speech about the town's fishing heritage and lit the first lantern on the pier.",
            "Councillor Marcus Obi, who chairs the culture committee, said ticket sales had doubled since last year and that local restaurants reported record takings.",
            "Ruth Calder, whose bakery on Quay Street sold out of honey cakes by noon, said the crowds were good for business but hard on the narrow streets.",
            "Police closed the road to the ferry terminal for six hours and asked drivers to use the park and ride service from the technical college.",
            "Paul Henning of Kestrel Dynamics, one of the sponsors, handed out prizes for the best lanterns made by schoolchildren from the Lowmarsh district.",
            "The harbor master, Ingrid Solberg, warned boat owners to keep the channel clear during the fireworks, which lasted nearly 20 minutes.",
            "Members of the Coastal Trust ran a stall about the terns that nest on the southern shore and collected signatures for a petition.",
            "Organisers said about 35,000 people attended over the weekend and that the festival would return next year on the first Saturday of August.");

    static final String BOILERPLATE = "Sign up for our morning newsletter to receive the most important local stories in your inbox every day, and follow us on social media.";

    /** A test-only thesaurus: the engine never sees it; it only generates spun copies for tests. */
    static final Map<String, List<String>> TEST_SPINNER = Map.ofEntries(
            Map.entry("said", List.of("acknowledged", "stated", "remarked")),
            Map.entry("plan", List.of("blueprint", "scheme")),
            Map.entry("council", List.of("municipal council", "governing council")),
            Map.entry("harbor", List.of("harbor basin", "seaport")),
            Map.entry("shore", List.of("shore line")),
            Map.entry("market", List.of("market place")),
            Map.entry("vote", List.of("ballot")),
            Map.entry("rebuild", List.of("reconstruct")),
            Map.entry("old", List.of("dilapidated", "aged")),
            Map.entry("wall", List.of("rampart")),
            Map.entry("work", List.of("labour", "toil")),
            Map.entry("nearly", List.of("virtually")),
            Map.entry("promised", List.of("pledged")),
            Map.entry("begin", List.of("commence")),
            Map.entry("new", List.of("brand new", "novel")),
            Map.entry("near", List.of("adjacent to", "close to")),
            Map.entry("argued", List.of("contended")),
            Map.entry("cost", List.of("expense", "price tag")),
            Map.entry("push", List.of("shove")),
            Map.entry("still", List.of("nonetheless")),
            Map.entry("serious", List.of("grave")),
            Map.entry("block", List.of("obstruct")),
            Map.entry("homes", List.of("dwellings", "residences")),
            Map.entry("storm", List.of("tempest")),
            Map.entry("waited", List.of("tarried")),
            Map.entry("long", List.of("lengthy")),
            Map.entry("pay", List.of("remunerate")),
            Map.entry("rest", List.of("remainder")),
            Map.entry("expects", List.of("anticipates")),
            Map.entry("sell", List.of("vend")),
            Map.entry("hire", List.of("employ", "recruit")),
            Map.entry("workers", List.of("labourers")),
            Map.entry("groups", List.of("collectives")),
            Map.entry("closely", List.of("intently")),
            Map.entry("asked", List.of("requested", "implored")),
            Map.entry("keep", List.of("retain", "preserve")),
            Map.entry("fleet", List.of("armada")),
            Map.entry("expected", List.of("anticipated")),
            Map.entry("take", List.of("require")),
            Map.entry("whole", List.of("entire")),
            Map.entry("finished", List.of("completed")),
            Map.entry("city", List.of("metropolis")),
            Map.entry("approve", List.of("ratify")),
            Map.entry("ending", List.of("concluding")),
            Map.entry("dispute", List.of("quarrel")),
            Map.entry("delayed", List.of("postponed")),
            Map.entry("turning", List.of("pivotal")),
            Map.entry("calls", List.of("summons")),
            Map.entry("southern", List.of("austral")),
            Map.entry("design", List.of("layout")),
            Map.entry("depend", List.of("rely")),
            Map.entry("local", List.of("regional", "native")),
            Map.entry("taxes", List.of("levies")),
            Map.entry("doubts", List.of("misgivings")),
            Map.entry("welcomed", List.of("embraced")),
            Map.entry("decision", List.of("determination")),
            Map.entry("runs", List.of("operates")),
            Map.entry("finally", List.of("at long last")),
            Map.entry("listening", List.of("heeding")),
            Map.entry("company", List.of("firm", "enterprise")),
            Map.entry("train", List.of("instruct")),
            Map.entry("monitor", List.of("scrutinize")),
            Map.entry("prepare", List.of("devise")),
            Map.entry("working", List.of("operating")),
            Map.entry("stages", List.of("phases")),
            Map.entry("first", List.of("initial")),
            Map.entry("section", List.of("segment")),
            Map.entry("schedule", List.of("timetable")),
            Map.entry("reporters", List.of("journalists")),
            Map.entry("session", List.of("meeting")),
            Map.entry("budget", List.of("funds")),
            Map.entry("project", List.of("undertaking", "venture")),
            Map.entry("damaged", List.of("harmed")),
            Map.entry("enough", List.of("sufficiently")));

    /** Swaps words found in {@link #TEST_SPINNER} with probability {@code rate}. */
    static String spin(String text, double rate, long seed) {
        Random r = new Random(seed);
        StringBuilder out = new StringBuilder(text.length() + text.length() / 4);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                word.append(c);
                continue;
            }
            if (!word.isEmpty()) {
                String w = word.toString();
                List<String> syn = TEST_SPINNER.get(w);
                out.append(syn != null && r.nextDouble() < rate ? syn.get(r.nextInt(syn.size())) : w);
                word.setLength(0);
            }
            if (i < text.length()) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Keeps paragraphs [from, to) and optionally inserts boilerplate after the first kept one. */
    static String paragraphs(String text, int from, int to, String insert) {
        String[] p = text.split("\n\n");
        List<String> kept = new ArrayList<>(List.of(p).subList(from, Math.min(to, p.length)));
        if (insert != null) {
            kept.add(1, insert);
        }
        return String.join("\n\n", kept);
    }

    static Fingerprint fp(String id, String text) {
        return fp(id, text, null);
    }

    static Fingerprint fp(String id, String text, Instant publishedAt) {
        return Engine.standard().fingerprint(new Article(id, text, null, null, null, publishedAt));
    }

    /** Fictional filler text of {@code words} words drawn from a Zipf-like invented vocabulary. */
    static String filler(int words, long seed) {
        Random r = new Random(seed);
        String[] vocab = new String[5000];
        for (int i = 0; i < vocab.length; i++) {
            StringBuilder b = new StringBuilder();
            int len = 2 + r.nextInt(9);
            for (int j = 0; j < len; j++) {
                b.append((char) ('a' + r.nextInt(26)));
            }
            vocab[i] = b.toString();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            int k = (int) Math.min(vocab.length - 1, Math.floor(Math.exp(r.nextDouble() * Math.log(vocab.length))) - 1);
            String w = vocab[k];
            if (i % 15 == 0) {
                sb.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
            } else {
                sb.append(w);
            }
            sb.append(i % 15 == 14 ? ".\n" : " ");
        }
        return sb.toString();
    }
}
