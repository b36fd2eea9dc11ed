package dev.storyprint.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TokenBufferTest {
    private static String surfaces(TokenBuffer b) {
        return b.toTokens().stream().map(Token::surface).collect(Collectors.joining(" "));
    }

    @Test
    void compactRemovesExactlyTheMarkedTokens() {
        TokenBuffer b = new Tokenizer().buffer(List.of("a b c d e f g h"));
        b.drop(0);
        b.drop(2);
        b.drop(3);
        b.drop(7);
        b.compact();
        assertEquals("b e f g", surfaces(b));
        b.compact(); // nothing marked: unchanged
        assertEquals("b e f g", surfaces(b));
        assertEquals(List.of(false, false, false, false),
                b.toTokens().stream().map(Token::sentenceStart).collect(Collectors.toList()).subList(0, 4));
    }

    @Test
    void nextTriggerFindsEveryMarkedTokenAcrossEightTokenSteps() {
        TokenBuffer b = new Tokenizer().buffer(List.of("a b c d e f g h i j k l m n o p q r s t"));
        java.util.Arrays.fill(b.rules, 0, b.size, (byte) 0);
        byte month = 2;
        byte percent = 8;
        int[] marked = {0, 7, 8, 9, 17, 19};
        for (int i : marked) {
            b.rules[i] = month;
        }
        b.rules[3] = percent; // another filter's bit: not found
        List<Integer> found = new java.util.ArrayList<>();
        for (int i = b.nextTrigger(0, month); i < b.size; i = b.nextTrigger(i + 1, month)) {
            found.add(i);
        }
        assertEquals(List.of(0, 7, 8, 9, 17, 19), found);
        assertEquals(b.size, b.nextTrigger(10, percent));
        assertEquals(10, b.nextTrigger(10, (byte) 0), "a filter outside a chain (bit 0) visits every token");
    }

    @Test
    void compactKeepsEveryFieldOfTheMovedTokens() {
        TokenBuffer b = new Tokenizer().buffer(List.of("One two. Three 4 five"));
        b.drop(1);
        b.compact();
        List<Token> t = b.toTokens();
        assertEquals(List.of(new Token("One", "One", 0, true), new Token("Three", "Three", 1, true),
                new Token("4", "4", 1, false), new Token("five", "five", 1, false)), t);
        assertEquals(true, b.isNumber(2));
        assertEquals(true, b.isCapitalized(1));
    }
}
