package dev.storyprint.store.memory;

import dev.storyprint.store.SignatureIndex;
import dev.storyprint.store.SignatureIndexContract;

class InMemorySignatureIndexTest extends SignatureIndexContract {
    @Override
    protected SignatureIndex newIndex() {
        return new InMemorySignatureIndex();
    }
}
