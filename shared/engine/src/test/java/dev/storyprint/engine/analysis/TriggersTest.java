package dev.storyprint.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trigger bits only let filters skip tokens they would leave alone: same output as without bits. */
class TriggersTest {
    /** The standard chain's filters after the term pass, new instances each time (a filter joins one chain). */
    private static List<TokenFilter> afterTermPass() {
        return List.of(new FoldNumberSign(), new FoldMonthAbbreviations(), new SplitMagnitudes(), new FoldPercent(),
                new FoldCountryNames(), new DropHonorifics());
    }

    private static TermFilters termPass() {
        return new TermFilters(List.of(new LowerCase(), new FoldApostrophes(), new FoldDigitGroups(),
                new FoldCurrencyPrefix(), new FoldNumberWords(), new AmericanSpelling()));
    }

    @Test
    void filtersGiveTheSameTokensWithTheirBitsAsVisitingEveryToken() {
        List<String> texts = List.of(
                "No. 9 and Nos 3 rose; no one came on Aug 16, the Dec meeting said.",
                "US$300bn (about 25 per cent) and 5% of \u00a340m, 100m away, 1.5tn later.",
                "U.S. and UK officials, the United States of America and the European Union met the UN and EU.",
                "Mr Trump met Dr. Scissors and Ms Claire Reade; Mme Roux spoke. Messrs Smith and Jones agreed.",
                "Plain prose with nothing for any of these filters to do at all.");
        for (String text : texts) {
            List<String> lines = List.of(text);
            List<TokenFilter> chained = afterTermPass();
            Triggers triggers = Triggers.assign(chained);
            List<TokenFilter> alone = afterTermPass(); // no chain: bit 0, every token visited
            TokenBuffer withBits = termPass().apply(new Tokenizer(triggers).buffer(lines));
            TokenBuffer everyToken = termPass().apply(new Tokenizer().buffer(lines));
            for (int k = 0; k < chained.size(); k++) {
                withBits = chained.get(k).apply(withBits);
                everyToken = alone.get(k).apply(everyToken);
                assertEquals(everyToken.toTokens(), withBits.toTokens(),
                        chained.get(k).getClass().getSimpleName() + " on: " + text);
            }
        }
    }

    @Test
    void plainProseSetsNoBit() {
        Triggers triggers = Triggers.assign(afterTermPass());
        TokenBuffer b = termPass().apply(new Tokenizer(triggers).buffer(List.of("Plain prose said the minister on Monday.")));
        assertEquals(0, b.rulesPresent & Triggers.TERM_MASK);
        assertFalse(b.anyMayTrigger(Triggers.SURFACE));
    }

    @Test
    void theChainGivesBitsInItsOrderAndEachFilterOwnsItsTest() {
        FoldNumberSign numberSign = new FoldNumberSign();
        DropHonorifics honorifics = new DropHonorifics();
        FoldCountryNames countries = new FoldCountryNames();
        Triggers triggers = Triggers.assign(List.of(numberSign, new LowerCase(), countries, honorifics));
        assertEquals(1, numberSign.bit());
        assertEquals(2, honorifics.bit());
        assertEquals(Triggers.SURFACE, countries.bit());
        assertEquals(3, triggers.termBits);
        assertEquals(numberSign.bit() | honorifics.bit(), triggers.ofTerm("no") | triggers.ofTerm("mr"));
        assertEquals(0, triggers.ofTerm("minister"));
        assertTrue(triggers.onSurface('U'));
        assertFalse(triggers.onSurface('A'));

        assertTrue(new FoldMonthAbbreviations().triggeredBy("sept"));
        assertFalse(new FoldMonthAbbreviations().triggeredBy("september"));
        assertTrue(new SplitMagnitudes().triggeredBy("$300bn"));
        assertFalse(new SplitMagnitudes().triggeredBy("300"));
        assertTrue(new FoldPercent().triggeredBy("%"));
        assertFalse(new FoldPercent().triggeredBy("cent"));
    }

    @Test
    void aChainHasFiveTermBitsAndAFilterJoinsOneChain() {
        List<TokenFilter> six = new ArrayList<>(afterTermPass());
        six.add(new FoldPercent()); // six term-triggered filters
        IllegalArgumentException full = assertThrows(IllegalArgumentException.class, () -> Triggers.assign(six));
        assertTrue(full.getMessage().startsWith("at most 5 term-triggered token filters"), full.getMessage());

        final class Bare implements TokenFilter, Triggers.OnTerms {
            @Override
            public TokenBuffer apply(TokenBuffer tokens) {
                return tokens;
            }

            @Override
            public boolean triggeredBy(String term) {
                return true;
            }
        }
        IllegalArgumentException bare = assertThrows(IllegalArgumentException.class, () -> Triggers.assign(List.of(new Bare())));
        assertTrue(bare.getMessage().contains("does not extend Triggers.TriggeredFilter"), bare.getMessage());

        FoldPercent shared = new FoldPercent();
        Triggers.assign(List.of(shared));
        assertThrows(IllegalStateException.class, () -> Triggers.assign(List.of(shared)));
    }
}
