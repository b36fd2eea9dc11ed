package dev.storyprint.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> surfaces(String... lines) {
        return tokenizer.tokenize(List.of(lines)).stream().map(Token::surface).collect(Collectors.toList());
    }

    private String sentences(String... lines) {
        return tokenizer.tokenize(List.of(lines)).stream()
                .map(t -> (t.sentenceStart() ? "|" : "") + t.sentence() + ":" + t.term())
                .collect(Collectors.joining(" "));
    }

    @Test
    void wordsAndHyphenSplit() {
        assertEquals(List.of("a", "two", "month", "think", "tank", "don't"), surfaces("a two-month think-tank, don't"));
    }

    @Test
    void numbersKeepDigitsAndCurrency() {
        assertEquals(List.of("$300", "billion", "25", "%", "in", "2019", "1.5", "2,000", "1.5bn"),
                surfaces("$300 billion, 25% in 2019 (1.5) 2,000 1.5bn."));
    }

    @Test
    void currencyPrefixGluedToNumber() {
        assertEquals(List.of("US$300", "S$408", "US"), surfaces("US$300 (S$408) US"));
    }

    @Test
    void dottedAcronymsAreOneTokenWithoutDotsInTerm() {
        List<Token> tokens = tokenizer.tokenize(List.of("U.S.-China talks in the U.S and U.K."));
        assertEquals(List.of("US", "China", "talks", "in", "the", "US", "and", "UK"),
                tokens.stream().map(Token::term).collect(Collectors.toList()));
        assertEquals("U.S.", tokens.get(0).surface());
    }

    @Test
    void sentenceBoundaries() {
        assertEquals("|0:He 0:said 0:no |1:Then 1:Mr 1:Liu 1:left |2:Robert 2:E 2:Lighthizer 2:agreed |3:New",
                sentences("He said no. Then Mr. Liu left!", "Robert E. Lighthizer agreed", "New"));
    }

    @Test
    void unspacedScriptsBecomeOverlappingBigrams() {
        assertEquals("|0:北京 0:京地 0:地铁 |1:新线 1:线路", sentences("北京地铁。新线路"));
        assertEquals(List.of("东京", "京都", "都は", "は火", "火曜", "曜日"), surfaces("東京都は火曜日".replace('東', '东')));
        assertEquals(List.of("在", "北京"), surfaces("在 北京"), "a lone char is its own term");
        assertEquals(List.of("iPhone", "手机", "sales", "2027", "年超", "超过"), surfaces("iPhone手机 sales 2027年超过"),
                "a spaced word stops where the unspaced run begins");
        assertEquals(List.of("กร", "รุ", "ุง", "งเ", "เท", "ทพ"), surfaces("กรุงเทพ"), "Thai marks stay in the run");
        assertEquals(List.of("カー", "ード"), surfaces("カード"), "the long-vowel mark belongs to the katakana run");
    }

    @Test
    void spacedNonLatinScriptsKeepTheirWords() {
        assertEquals(List.of("Москва", "서울", "Αθήνα"), surfaces("Москва, 서울 Αθήνα"));
    }

    @Test
    void quotedSentenceEnd() {
        assertEquals("|0:a 0:win |1:REUTERS", sentences("a \"win.\" REUTERS"));
    }

    @Test
    void acronymDotDoesNotEndSentence() {
        assertEquals("|0:US 0:President 0:Trump", sentences("U.S. President Trump"));
    }

    @Test
    void acronymDotBeforeSentenceOpenerEndsSentence() {
        assertEquals("|0:from 0:the 0:US |1:The 1:talks", sentences("from the U.S. The talks"));
    }

    @Test
    void charsBeyondLatin1NeverPassForAsciiLetters() {
        // U+0141 and U+0100 have the low bytes of 'A' and NUL; the emoji is a surrogate pair
        assertEquals(List.of("a\u0141b", "c\u0100d", "x", "y", "caf\u00e9", "na\u00efve"),
                surfaces("a\u0141b c\u0100d x\ud83d\ude00y caf\u00e9 na\u00efve"));
        assertEquals(List.of("ab", "\u0141", "cd"), surfaces("ab \u0141 cd"));
    }

    @Test
    void wordsOfEveryLengthAcrossLineEnds() {
        assertEquals(List.of("a", "abcdefg", "abcdefgh", "abcdefghi", "internationalization", "x1", "abc", "def"),
                surfaces("a abcdefg abcdefgh abcdefghi internationalization x1", "abc", "def"));
    }

    @Test
    void plainWordsCarryTheirPackedCharsAndDigitFlag() {
        TokenBuffer b = tokenizer.buffer(List.of("the a1b2c3d4e5 internationalization 2019 abcdefgh", "Q3",
                "abcdefgh9 abcdefghijklmno abcdefghijklmnop abcdefghijklmnopq abcdefgh1234567 x", "abcdefghijkl", "abcdefghijklmnop"));
        assertEquals(14, b.size);
        for (int i = 0; i < b.size; i++) {
            String s = b.surface(i);
            long packed = 0;
            for (int k = Math.max(0, s.length() - TermMemo.INLINE_CHARS); k < s.length(); k++) {
                packed = TermMemo.pack(packed, s.charAt(k));
            }
            assertEquals(packed, b.hash[i], s);
            assertEquals(s.chars().anyMatch(Character::isDigit), b.isNumber(i), s);
        }
    }
}
