package dev.storyprint.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A repository that forwards every call, for fault wrappers that change one behaviour: they
 * override {@link #saveVerdict} and consult {@link #armed} (article ids that fault once).
 */
abstract class ForwardingArticleRepository implements ArticleRepository {
    final ArticleRepository delegate;
    final Set<String> armed = ConcurrentHashMap.newKeySet();

    ForwardingArticleRepository(ArticleRepository delegate) {
        this.delegate = delegate;
    }

    void arm(String articleId) {
        armed.add(articleId);
    }

    @Override
    public Optional<ArticleRecord> find(String articleId) {
        return delegate.find(articleId);
    }

    @Override
    public ArticleRecord putIfAbsent(ArticleRecord record) {
        return delegate.putIfAbsent(record);
    }

    @Override
    public long assignArrivalSeq(String articleId) {
        return delegate.assignArrivalSeq(articleId);
    }

    @Override
    public List<ArticleRecord> findAll(Collection<String> articleIds) {
        return delegate.findAll(articleIds);
    }

    @Override
    public List<ArticleRecord> story(String storyId, int limit) {
        return delegate.story(storyId, limit);
    }

    @Override
    public List<ArticleRecord> storyAfter(String storyId, long afterSeq, int limit) {
        return delegate.storyAfter(storyId, afterSeq, limit);
    }

    @Override
    public void noteMerges(String articleId, Collection<String> merges) {
        delegate.noteMerges(articleId, merges);
    }

    @Override
    public Set<String> notedMerges(String articleId) {
        return delegate.notedMerges(articleId);
    }
}
