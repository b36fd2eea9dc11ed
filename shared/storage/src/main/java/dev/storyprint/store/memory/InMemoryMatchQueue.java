package dev.storyprint.store.memory;

import dev.storyprint.store.Envelope;
import dev.storyprint.store.MatchQueue;
import java.util.ArrayList;
import java.util.List;

/** Keeps what the fingerprint step sent, in order, for a test or an in-process run to hand on. */
public final class InMemoryMatchQueue implements MatchQueue {
    private final List<Envelope> sent = new ArrayList<>();

    @Override
    public synchronized void send(Envelope envelope) {
        sent.add(envelope);
    }

    /** Everything sent so far, oldest first. */
    public synchronized List<Envelope> sent() {
        return List.copyOf(sent);
    }

    /** The latest envelope; IllegalStateException when none was sent. */
    public synchronized Envelope last() {
        if (sent.isEmpty()) {
            throw new IllegalStateException("nothing was sent to the match step");
        }
        return sent.get(sent.size() - 1);
    }
}
