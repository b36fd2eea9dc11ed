package dev.storyprint.engine.analysis;

import java.util.Set;

/**
 * Drops English function words (articles, prepositions, conjunctions, pronouns, auxiliaries):
 * every later comparison then sees content words only. Copy desks add and drop them freely, an
 * evader deletes "the", "a" and "an" (or swaps them for an emoji) to break shingles, and an LLM
 * paraphrase rewords them first; none of that says anything about whose text it is. The list is
 * the closed-class core of English (Lucene's English stop set plus pronouns and auxiliaries);
 * negations ("not", "no") stay: they carry meaning. A capitalized one inside a sentence stays too:
 * it is a name or a month ("Will Smith", "in May"). Sentence-start flags are left where they were,
 * so a name after a dropped opener ("The Fed said") is still a name inside its sentence.
 */
final class DropFunctionWords implements TokenFilter {
    static final Set<String> WORDS = Set.of(
            "a", "an", "the",
            "and", "or", "but", "nor", "if", "than", "then", "that", "so", "as", "because", "while", "whether",
            "of", "in", "on", "at", "to", "for", "by", "with", "from", "into", "onto", "about", "over", "under",
            "after", "before", "between", "through", "during", "against", "among", "upon", "within", "without",
            "via", "per", "up", "out", "off",
            "it", "its", "he", "him", "his", "she", "her", "hers", "they", "them", "their", "theirs", "we", "us",
            "our", "you", "your", "i", "me", "my", "this", "these", "those", "there", "here", "which", "who",
            "whom", "whose", "what", "such",
            "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does",
            "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
            "also", "just", "very");
    /** The longest word in {@link #WORDS}: longer terms skip the set probe. */
    static final int MAX_LENGTH = 7;

    static boolean isFunctionWord(String term) {
        return term.length() <= MAX_LENGTH && WORDS.contains(term);
    }

    @Override
    public TokenBuffer apply(TokenBuffer tokens) {
        int n = tokens.size;
        for (int i = 0; i < n; i++) {
            if (!tokens.isNumber(i) && (!tokens.isCapitalized(i) || tokens.sentenceStart(i))
                    && isFunctionWord(tokens.term(i))) {
                tokens.drop(i);
            }
        }
        tokens.compact();
        return tokens;
    }
}
