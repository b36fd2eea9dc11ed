package dev.storyprint.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpinnerTest {
    private static final String TEXT = "The city council said on Tuesday that the new budget would rise by 2.8 percent."
        + " Mayor Elena Brandt said the problem was important. Councillor Marcus Oyelaran said trade was weak.";

    @Test
    void rateZeroChangesNothing() {
        Spinner.Result r = Spinner.a().spin(TEXT, 0.0, new Random(1));
        assertEquals(TEXT, r.text());
        assertEquals(0, r.substituted());
        assertTrue(r.replaceable() > 5);
    }

    @Test
    void fullRateSwapsEveryKnownWordButKeepsNamesNumbersAndOrder() {
        Spinner.Result r = Spinner.a().spin(TEXT, 1.0, new Random(1));
        assertEquals(r.replaceable(), r.substituted());
        assertTrue(r.text().contains("Elena Brandt") && r.text().contains("Marcus Oyelaran"));
        assertTrue(r.text().contains("2.8"));
        assertTrue(r.text().indexOf("Elena") < r.text().indexOf("Marcus"));
        assertEquals(Doc.sentences(TEXT).size(), Doc.sentences(r.text()).size());
        assertTrue(!r.text().contains(" said "), r.text());
    }

    @Test
    void spinnerBExpandsIntoPhrases() {
        Spinner.Result r = Spinner.b().spin("He said that it was important in order to help.", 1.0, new Random(3));
        assertEquals(r.replaceable(), r.substituted());
        assertTrue(Doc.words(r.text()) > Doc.words("He said that it was important in order to help."), r.text());
        assertTrue(!r.text().contains("in order to"), r.text());
    }

    @Test
    void theTwoSpinnersUseDifferentDictionaries() {
        Spinner a = Spinner.a();
        Spinner b = Spinner.b();
        assertTrue(a.size() >= 300, "spinner A has " + a.size());
        assertTrue(b.size() >= 150, "spinner B has " + b.size());
        Set<String> seen = new HashSet<>();
        Random rnd = new Random(5);
        String sa = a.spin(TEXT, 1.0, rnd).text();
        String sb = b.spin(TEXT, 1.0, rnd).text();
        seen.add(sa);
        seen.add(sb);
        assertNotEquals(sa, sb);
    }

    @Test
    void measuredRateFollowsTheRequestedRate() {
        StringBuilder longText = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            longText.append(TEXT).append(' ');
        }
        Spinner.Result r = Spinner.a().spin(longText.toString(), 0.4, new Random(9));
        assertTrue(Math.abs(r.rate() - 0.4) < 0.1, "rate " + r.rate());
    }
}
