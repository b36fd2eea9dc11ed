package dev.storyprint.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The trigger bits only let filters skip tokens they would leave alone: same output as without bits. */
class TriggersTest {
    private static final List<TokenFilter> AFTER_TERM_PASS = List.of(new FoldNumberSign(), new FoldMonthAbbreviations(),
            new SplitMagnitudes(), new FoldPercent(), new FoldCountryNames(), new DropHonorifics());

    private static TermFilters termPass() {
        return new TermFilters(List.of(new LowerCase(), new FoldApostrophes(), new FoldDigitGroups(),
                new FoldCurrencyPrefix(), new FoldNumberWords(), new AmericanSpelling()));
    }

    @Test
    void filtersGiveTheSameTokensWithTheTermPassBitsAsWithout() {
        List<String> texts = List.of(
                "No. 9 and Nos 3 rose; no one came on Aug 16, the Dec meeting said.",
                "US$300bn (about 25 per cent) and 5% of \u00a340m, 100m away, 1.5tn later.",
                "U.S. and UK officials, the United States of America and the European Union met the UN and EU.",
                "Mr Trump met Dr. Scissors and Ms Claire Reade; Mme Roux spoke. Messrs Smith and Jones agreed.",
                "Plain prose with nothing for any of these filters to do at all.");
        for (String text : texts) {
            List<String> lines = List.of(text);
            TokenBuffer withBits = termPass().apply(new Tokenizer().buffer(lines));
            List<Token> withoutBits = termPass().apply(new Tokenizer().buffer(lines)).toTokens();
            for (TokenFilter f : AFTER_TERM_PASS) {
                withBits = f.apply(withBits);
                withoutBits = f.apply(withoutBits); // the List form rebuilds the buffer: every bit set
                assertEquals(withoutBits, withBits.toTokens(), f.getClass().getSimpleName() + " on: " + text);
            }
        }
    }

    @Test
    void plainProseSetsNoTermBit() {
        TokenBuffer b = termPass().apply(new Tokenizer().buffer(List.of("Plain prose said the minister on Monday.")));
        assertEquals(0, b.rulesPresent & Triggers.TERM_BITS);
        assertFalse(b.anyMayTrigger(Triggers.COUNTRY));
    }

    @Test
    void eachFilterOwnsItsTest() {
        assertTrue(FoldNumberSign.triggeredBy("nos"));
        assertFalse(FoldNumberSign.triggeredBy("number"));
        assertTrue(FoldMonthAbbreviations.triggeredBy("sept"));
        assertFalse(FoldMonthAbbreviations.triggeredBy("september"));
        assertTrue(SplitMagnitudes.triggeredBy("$300bn"));
        assertFalse(SplitMagnitudes.triggeredBy("300"));
        assertTrue(FoldPercent.triggeredBy("%"));
        assertFalse(FoldPercent.triggeredBy("cent"));
        assertTrue(DropHonorifics.triggeredBy("messrs"));
        assertFalse(DropHonorifics.triggeredBy("mister"));
        assertTrue(FoldCountryNames.triggeredBy('U'));
        assertFalse(FoldCountryNames.triggeredBy('A'));
        assertEquals(Triggers.NUMBER_SIGN | Triggers.HONORIFIC, Triggers.ofTerm("no") | Triggers.ofTerm("mr"));
    }
}
