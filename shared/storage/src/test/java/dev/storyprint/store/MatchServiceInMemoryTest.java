package dev.storyprint.store;

import dev.storyprint.store.memory.InMemoryArticleRepository;
import dev.storyprint.store.memory.InMemorySignatureIndex;

/** The match protocol on the in-memory stores the evaluation runs on. */
class MatchServiceInMemoryTest extends MatchServiceContract {
    @Override
    ArticleRepository repository() {
        return new InMemoryArticleRepository();
    }

    @Override
    SignatureIndex signatureIndex() {
        return new InMemorySignatureIndex();
    }
}
