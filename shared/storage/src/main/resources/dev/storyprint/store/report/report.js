/* storyprint pages: draws a story or an article from the document inlined in the page (no requests). */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('storyprint-data').textContent);
  var mode = document.body.getAttribute('data-mode');
  var main = document.getElementById('main');
  var crumbs = document.getElementById('crumbs');
  var help = document.getElementById('help');
  var LABELS = ['original', 'syndicated', 'spun'];

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }
  function add(parent) {
    for (var i = 1; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined) { continue; }
      parent.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return parent;
  }
  function href(type, id) {
    return mode === 'bundle' ? '#/' + type + '/' + id : '../' + type + '/' + encodeURIComponent(id);
  }
  function a(text, target, cls) {
    var e = el('a', cls, text);
    e.href = target;
    return e;
  }
  function label(l) { return el('span', 'label ' + l, l); }
  function pct(x) { return Math.round(100 * x) + '%'; }
  function when(iso) {
    if (!iso) { return ''; }
    return iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, '');
  }
  function timeEl(iso) {
    var t = el('time', null, when(iso));
    t.setAttribute('datetime', iso);
    return t;
  }
  function byId(list) {
    var m = {};
    list.forEach(function (x) { m[x.articleId] = x; });
    return m;
  }
  function setCrumbs(parts) {
    crumbs.textContent = '';
    parts.forEach(function (p, i) {
      if (i > 0) { add(crumbs, el('span', null, '\u203a')); }
      add(crumbs, p.href ? a(p.text, p.href) : el('span', null, p.text));
    });
  }

  /* ---------- story page ---------- */

  function storyPage(story) {
    document.title = story.title + ' \u2014 storyprint';
    setCrumbs(indexCrumb().concat([{ text: 'Story ' + story.storyId }]));
    help.textContent = '';
    var arts = story.articles;
    var ids = byId(arts);
    add(main, el('p', 'meta', 'Story'));
    add(main, el('h1', null, story.title));
    var meta = el('p', 'meta');
    add(meta, el('span', null, arts.length + (arts.length === 1 ? ' article' : ' articles')),
      add(el('span'), 'story id ', el('code', null, story.storyId)));
    if (story.truncated) { add(meta, el('span', null, 'only the first ' + arts.length + ' shown')); }
    add(main, meta);
    var counts = el('ul', 'counts');
    counts.setAttribute('aria-label', 'Articles by label');
    LABELS.forEach(function (l) { add(counts, add(el('li'), label(l), ' ' + (story.labels[l] || 0))); });
    add(main, counts);

    add(main, el('h2', null, 'Who copied whom'));
    add(main, el('p', 'meta', 'The original at the top; each copy sits under the article it was matched to.'));
    add(main, tree(story, ids));

    add(main, el('h2', null, 'Timeline'));
    add(main, el('p', 'meta', 'By publication time where the article carries one, else by arrival.'));
    var ol = el('ol', 'timeline');
    arts.slice().sort(function (x, y) {
      var tx = x.publishedAt || x.decidedAt || '', ty = y.publishedAt || y.decidedAt || '';
      return tx < ty ? -1 : tx > ty ? 1 : (x.arrivalSeq || 0) - (y.arrivalSeq || 0);
    }).forEach(function (x) { add(ol, event(x, ids)); });
    add(main, ol);
  }

  function tree(story, ids) {
    var children = {}, roots = [];
    story.articles.forEach(function (x) {
      var parent = x.matchedArticleId && ids[x.matchedArticleId] && x.matchedArticleId !== x.articleId
        ? x.matchedArticleId : null;
      if (parent) { (children[parent] = children[parent] || []).push(x); } else { roots.push(x); }
    });
    roots.sort(function (x, y) { return (x.articleId === story.storyId ? -1 : 0) - (y.articleId === story.storyId ? -1 : 0); });
    var seen = {};
    function branch(list) {
      var ul = el('ul');
      list.forEach(function (x) {
        if (seen[x.articleId]) { return; }
        seen[x.articleId] = true;
        var li = el('li');
        li.setAttribute('data-article-id', x.articleId);
        var node = add(el('div', 'node'), label(x.label), a(x.name, href('articles', x.articleId)),
          el('span', 'conf', x.label === 'original' && !x.matchedArticleId ? null : 'confidence ' + pct(x.confidence)),
          el('span', 'outlet', x.source));
        add(li, node);
        if (children[x.articleId]) { add(li, branch(children[x.articleId])); }
        add(ul, li);
      });
      return ul;
    }
    var t = branch(roots);
    t.className = 'tree';
    t.setAttribute('aria-label', 'Originals and their copies');
    return t;
  }

  function event(x, ids) {
    var li = el('li', 'event');
    li.setAttribute('data-article-id', x.articleId);
    li.setAttribute('data-label', x.label);
    var t = el('div');
    add(t, timeEl(x.publishedAt || x.decidedAt), el('span', 'when', (x.publishedAt ? 'published' : 'arrived') + ' (UTC)'));
    var conf = el('div', 'conf');
    var m = el('meter');
    m.min = 0; m.max = 1; m.value = x.confidence;
    m.setAttribute('aria-label', 'confidence');
    add(conf, m, pct(x.confidence));
    var what = el('div', 'what');
    add(what, a(x.name, href('articles', x.articleId), 'name'));
    var sub = el('div', 'sub');
    add(sub, x.source || 'outlet not given');
    if (x.matchedArticleId) {
      var src = ids[x.matchedArticleId];
      add(sub, ' \u00b7 ' + x.label + ' copy of ', a(src ? src.name : x.matchedArticleId, href('articles', x.matchedArticleId)));
    } else {
      add(sub, ' \u00b7 ' + (x.label === 'original' ? 'the story\u2019s original' : 'matched to no article of this story'));
    }
    add(what, sub);
    add(li, t, add(el('div'), label(x.label)), conf, what);
    if (x.history && x.history.length) { add(li, history(x, ids)); }
    return li;
  }

  /** Every earlier label, when it was replaced and why: a late source relabels its copies. */
  function history(x, ids) {
    var box = el('div', 'history');
    add(box, el('strong', null, 'Relabelled'), ' \u2014 now ', label(x.label), ':');
    var ol = el('ol');
    x.history.forEach(function (h) {
      var li = el('li');
      add(li, 'was ', label(h.label));
      if (h.matchedArticleId) {
        var m = ids[h.matchedArticleId];
        add(li, ' of ', a(m ? m.name : h.matchedArticleId, href('articles', h.matchedArticleId)));
      }
      if (h.until) { add(li, ' until ', timeEl(h.until), ' UTC'); }
      if (h.why) { add(li, ' \u2014 ', el('span', 'why', h.why)); }
      add(ol, li);
    });
    add(box, ol);
    return box;
  }

  /* ---------- article page ---------- */

  function articlePage(id, view) {
    var art = view.article;
    document.title = art.name + ' \u2014 storyprint';
    var storyCrumb = art.storyId ? [{ text: 'Story', href: href('stories', art.storyId) }] : [];
    setCrumbs(indexCrumb().concat(storyCrumb, [{ text: art.name }]));
    if (view.comparison) {
      copyView(view);
    } else {
      textView(view);
    }
  }

  function articleMeta(x) {
    var p = el('p', 'meta');
    add(p, el('span', null, x.source || 'outlet not given'),
      el('span', null, (x.publishedAt ? 'published ' + when(x.publishedAt) : 'arrived ' + when(x.decidedAt)) + ' UTC'));
    if (x.label !== 'original' || x.matchedArticleId) { add(p, el('span', null, 'confidence ' + pct(x.confidence))); }
    if (x.url) { add(p, add(el('span'), a('link', x.url))); }
    return p;
  }

  function textView(view) {
    var art = view.article;
    add(main, add(el('p', 'meta'), label(art.label), ' article'));
    add(main, el('h1', null, art.name));
    add(main, articleMeta(art));
    if (art.history && art.history.length) { add(main, history(art, {})); }
    if (view.evidence && view.evidence.summary) {
      add(main, add(el('div', 'why-box'), el('strong', null, 'Verdict: '), view.evidence.summary));
    }
    if (view.missing) { add(main, el('p', 'notice', view.missing)); }
    if (view.copies.length) {
      add(main, el('h2', null, 'Copies of this article'));
      var ul = el('ul');
      view.copies.forEach(function (c) {
        add(ul, add(el('li'), label(c.label), ' ', a(c.name, href('articles', c.articleId)), ' \u00b7 confidence ' + pct(c.confidence)));
      });
      add(main, ul);
    }
    if (view.text) {
      add(main, el('h2', null, 'Text'));
      var box = el('div', 'plain-text');
      var text = data.texts[view.text.articleId];
      view.text.paragraphs.forEach(function (p) { add(box, el('p', 'para', text.substring(p[0], p[1]))); });
      add(main, box);
    }
  }

  var LEGEND = [
    ['mark', 'seg same', 'same words', 'shared passage (solid underline)'],
    ['mark', 'seg swap', 'swapped', 'word swapped for another (wavy underline)'],
    ['mark', 'seg moved', 'moved', 'passage in another place (dashed box)'],
    ['ins', 'seg only', 'added', 'only in the copy (double underline)'],
    ['del', 'seg only', 'left out', 'only in the source (struck through)'],
    ['span', 'seg rewritten', 'rewritten', 'rewritten beyond a swap (dotted underline)'],
    ['b', 'anchor', 'Name 42', 'name or number that lines up (bold)'],
    ['span', 'styled', 'US$300', 'same word, written differently (dotted)']
  ];

  function copyView(view) {
    var art = view.article, src = view.source, cmp = view.comparison;
    var head = el('p', 'meta');
    add(head, label(art.label), ' copy');
    add(main, head);
    var h1 = el('h1');
    add(h1, art.name, el('span', 'muted', ' \u2014 copy of '), a(src.name, href('articles', src.articleId)));
    add(main, h1);
    add(main, articleMeta(art));
    if (art.history && art.history.length) { add(main, history(art, byId([src]))); }

    var why = el('section', 'why-box');
    why.setAttribute('aria-labelledby', 'why-h');
    var wh = el('h2', null, 'Why this is ' + (art.label === 'spun' ? 'a spun' : 'a syndicated') + ' copy');
    wh.id = 'why-h';
    wh.style.marginTop = '0';
    add(why, wh);
    var ul = el('ul', 'summary');
    cmp.summary.forEach(function (s) { add(ul, el('li', null, s)); });
    add(why, ul);
    if (view.evidence && view.evidence.direction) {
      add(why, add(el('p'), el('strong', null, 'Which one is the source: '), view.evidence.direction + '.'));
    }
    if (view.evidence && view.evidence.summary) {
      var det = el('details');
      add(det, el('summary', null, 'The engine\u2019s own evidence'), el('p', null, view.evidence.summary));
      add(why, det);
    }
    add(main, why);

    var tools = el('div', 'tools');
    var prev = el('button', null, 'Previous change');
    var next = el('button', null, 'Next change');
    add(prev, ' ', el('kbd', null, 'p'));
    add(next, ' ', el('kbd', null, 'n'));
    var status = el('span', 'status');
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    add(tools, prev, next, status);
    add(main, tools);
    help.textContent = 'n / p: next / previous change \u00b7 Enter: the other side';

    var legend = el('ul', 'legend');
    legend.setAttribute('aria-label', 'Legend');
    LEGEND.forEach(function (l) {
      var s = el(l[0], l[1], l[2]);
      s.title = l[3];
      add(legend, add(el('li'), s, ' ', el('span', 'muted', l[3])));
    });
    add(main, legend);

    var cols = el('div', 'columns');
    add(cols, side('copy', 'Copy', art, cmp.copy), side('source', 'Source', src, cmp.source));
    add(main, cols);

    var lists = el('div', 'lists');
    var subs = el('section');
    add(subs, el('h2', null, 'Swapped words (' + cmp.substitutions.length + ')'));
    if (cmp.substitutions.length) {
      var table = el('table');
      add(table, add(el('thead'), add(el('tr'), el('th', null, 'source'), el('th', null, 'copy'), el('th', 'n', 'times'))));
      var tb = el('tbody');
      cmp.substitutions.forEach(function (x) {
        add(tb, add(el('tr'), el('td', null, x[0]), el('td', null, x[1]), el('td', 'n', String(x[2]))));
      });
      add(subs, add(table, tb));
    } else {
      add(subs, el('p', 'muted', 'None: where both sides have the text, it is word for word.'));
    }
    var anchors = el('section');
    add(anchors, el('h2', null, 'Names and numbers that line up (' + cmp.stats.anchorsAligned + ' of ' + cmp.stats.sourceAnchors + ')'));
    var al = el('ul', 'anchors');
    cmp.anchors.forEach(function (x) { add(al, add(el('li'), el('b', 'anchor', x[0]), x[1] > 1 ? ' \u00d7' + x[1] : '')); });
    add(anchors, al);
    add(lists, subs, anchors);
    add(main, lists);

    wireChanges(prev, next, status);
  }

  function side(which, title, art, s) {
    var box = el('article', 'side side-' + which);
    box.setAttribute('aria-label', title + ': ' + art.name);
    var h = el('header');
    add(h, add(el('h2'), title + ' ', label(art.label)), el('div', 'sub', art.name + ' \u00b7 ' + (art.source || 'outlet not given')));
    add(box, h);
    var t = el('div', 'text');
    t.tabIndex = 0;
    t.setAttribute('role', 'region');
    t.setAttribute('aria-label', title + ' text');
    var text = data.texts[s.articleId];
    var si = 0, mi = 0;
    s.paragraphs.forEach(function (p) {
      var para = el('p', 'para ' + p[2]);
      if (p[2] === 'only') {
        add(para, el('span', 'badge', which === 'copy' ? 'Only in the copy' : 'Not in the copy'));
      } else if (p[2] === 'uncompared') {
        add(para, el('span', 'badge', 'Not compared (caption, byline, credit)'));
      }
      while (si < s.segments.length && s.segments[si][1] <= p[0]) { si++; }
      while (mi < s.marks.length && s.marks[mi][1] <= p[0]) { mi++; }
      var pos = p[0], k = si;
      while (pos < p[1]) {
        var g = k < s.segments.length ? s.segments[k] : null;
        if (g && g[0] < p[1] && g[0] <= pos) {
          var end = Math.min(g[1], p[1]);
          var seg = segment(g, which);
          marked(seg, text, pos, end, s.marks, mi);
          add(para, seg);
          pos = end;
          if (g[1] <= p[1]) { k++; }
        } else {
          var stop = g && g[0] < p[1] ? g[0] : p[1];
          marked(para, text, pos, stop, s.marks, mi);
          pos = stop;
        }
      }
      add(t, para);
    });
    add(box, t);
    return box;
  }

  var SWAP_OTHER = { copy: 'source has: ', source: 'copy has: ' };

  function segment(g, which) {
    var kind = g[2], e;
    if (kind === 'only' || kind === 'rewritten') {
      e = el(which === 'copy' ? 'ins' : 'del', 'seg ' + kind);
      e.title = kind === 'rewritten' ? 'rewritten' : which === 'copy' ? 'only in the copy' : 'only in the source';
    } else {
      e = el('mark', 'seg ' + kind);
      e.title = kind === 'swap' ? SWAP_OTHER[which] + '\u201c' + g[4] + '\u201d' : kind === 'moved' ? 'moved passage' : 'shared passage';
    }
    if (g[3]) { e.setAttribute('data-pair', g[3]); }
    if (g[4]) { e.setAttribute('data-other', g[4]); }
    e.setAttribute('data-kind', kind);
    e.setAttribute('data-side', which);
    return e;
  }

  /** Text [from, to) into parent, with its single-word marks (aligned names and numbers, house style). */
  function marked(parent, text, from, to, marks, mi) {
    var pos = from;
    for (var k = mi; k < marks.length && marks[k][0] < to; k++) {
      var m = marks[k];
      if (m[1] <= pos || m[0] < pos) { continue; }
      if (m[0] > pos) { add(parent, text.substring(pos, m[0])); }
      var e = el(m[2] ? 'b' : 'span', (m[2] ? 'anchor' : '') + (m[3] ? ' styled' : ''), text.substring(m[0], Math.min(m[1], to)));
      if (m[3]) { e.title = 'the other side writes: ' + m[3]; }
      add(parent, e);
      pos = Math.min(m[1], to);
    }
    if (pos < to) { add(parent, text.substring(pos, to)); }
  }

  /** Pairs light up together; n / p walk the changes; Enter or a click jumps to the other side. */
  function wireChanges(prev, next, status) {
    var changes = Array.prototype.slice.call(main.querySelectorAll(
      '.side-copy .seg:not(.same), .side-source del.seg'));
    var at = -1;
    function partner(e) {
      var pair = e.getAttribute('data-pair');
      if (!pair) { return null; }
      var other = e.getAttribute('data-side') === 'copy' ? '.side-source' : '.side-copy';
      return main.querySelector(other + ' [data-pair="' + pair + '"]');
    }
    function light(e, on) {
      var pair = e && e.getAttribute('data-pair');
      if (!pair) { return; }
      main.querySelectorAll('[data-pair="' + pair + '"]').forEach(function (x) { x.classList.toggle('hl', on); });
    }
    function describe(e) {
      var kind = e.getAttribute('data-kind'), side = e.getAttribute('data-side');
      var p = partner(e);
      if (kind === 'swap') {
        return 'Swap: \u201c' + (side === 'copy' ? e.getAttribute('data-other') : e.textContent) + '\u201d \u2192 \u201c'
          + (side === 'copy' ? e.textContent : e.getAttribute('data-other')) + '\u201d';
      }
      if (kind === 'moved') { return 'Moved passage' + (p ? ': press Enter for its place in the source' : ''); }
      if (kind === 'rewritten') { return 'Rewritten text'; }
      return side === 'copy' ? 'Only in the copy' : 'Left out of the copy';
    }
    function go(i) {
      if (!changes.length) { status.textContent = 'No changes: the copy keeps the source word for word.'; return; }
      if (at >= 0) { light(changes[at], false); }
      at = (i + changes.length) % changes.length;
      var e = changes[at];
      e.tabIndex = -1;
      e.focus({ preventScroll: true });
      e.scrollIntoView({ block: 'center' });
      var p = partner(e);
      if (p) { p.scrollIntoView({ block: 'center' }); }
      light(e, true);
      status.textContent = 'Change ' + (at + 1) + ' of ' + changes.length + ': ' + describe(e);
    }
    prev.addEventListener('click', function () { go(at - 1); });
    next.addEventListener('click', function () { go(at + 1); });
    current = { go: function (d) { go(at + d); }, partner: partner, light: light };
    status.textContent = changes.length + ' changes; press n for the first.';
  }

  /* ---------- index (a file with several stories) ---------- */

  function indexCrumb() {
    return mode === 'bundle' && data.stories.length > 1 ? [{ text: 'All stories', href: '#/' }] : [];
  }

  function indexPage() {
    document.title = 'Stories \u2014 storyprint';
    setCrumbs([{ text: 'All stories' }]);
    add(main, el('h1', null, 'Stories'));
    add(main, el('p', 'meta', data.stories.length + ' stories'));
    var ol = el('ol', 'timeline');
    data.stories.forEach(function (s) {
      var li = el('li', 'event');
      li.setAttribute('data-story-id', s.storyId);
      var counts = LABELS.map(function (l) { return (s.labels[l] || 0) + ' ' + l; }).join(', ');
      add(li, el('div', null, s.articleCount + (s.articleCount === 1 ? ' article' : ' articles')), el('div'), el('div'),
        add(el('div', 'what'), a(s.title, href('stories', s.storyId), 'name'), el('div', 'sub', counts)));
      add(ol, li);
    });
    add(main, ol);
  }

  /* ---------- routing ---------- */

  function notFound(what) {
    add(main, el('h1', null, 'Not here'), el('p', null, what + ' is not in this report.'));
  }

  function show(focus) {
    main.textContent = '';
    current = null;
    var page = data.page;
    if (mode === 'bundle') {
      var m = /^#\/(stories|articles)\/([0-9a-f]+)/.exec(location.hash);
      page = m ? { type: m[1] === 'stories' ? 'story' : 'article', id: m[2] }
        : data.stories.length === 1 ? { type: 'story', id: data.stories[0].storyId } : { type: 'index' };
    }
    if (page.type === 'index') {
      indexPage();
    } else if (page.type === 'story') {
      var story = data.stories.filter(function (s) { return s.storyId === page.id; })[0];
      if (story) { storyPage(story); } else { notFound('Story ' + page.id); }
    } else {
      var view = data.views[page.id];
      if (view) { articlePage(page.id, view); } else { notFound('Article ' + page.id); }
    }
    if (focus) { main.focus(); window.scrollTo(0, 0); }
  }

  /** The copy view on screen (its change walker and pairing), or null: the listeners below are added once. */
  var current = null;
  main.addEventListener('mouseover', function (ev) { if (current) { current.light(ev.target.closest('[data-pair]'), true); } });
  main.addEventListener('mouseout', function (ev) { if (current) { current.light(ev.target.closest('[data-pair]'), false); } });
  main.addEventListener('click', function (ev) {
    var e = current && ev.target.closest('[data-pair]');
    var p = e && current.partner(e);
    if (p) { p.tabIndex = -1; p.scrollIntoView({ block: 'center' }); current.light(p, true); }
  });
  document.addEventListener('keydown', function (ev) {
    if (!current || ev.altKey || ev.ctrlKey || ev.metaKey) { return; }
    var focused = document.activeElement;
    if (ev.key === 'n' || ev.key === 'j') { current.go(1); ev.preventDefault(); }
    else if (ev.key === 'p' || ev.key === 'k') { current.go(-1); ev.preventDefault(); }
    else if (ev.key === 'Enter' && focused && focused.hasAttribute('data-pair')) {
      var p = current.partner(focused);
      if (p) { current.light(focused, false); p.tabIndex = -1; p.focus(); current.light(p, true); ev.preventDefault(); }
    }
  });
  window.addEventListener('hashchange', function () { show(true); });
  show(false);
  // milliseconds from the start of navigation until the page is drawn (what "loads in under a second" measures)
  document.body.setAttribute('data-drawn-ms', String(Math.round(performance.now())));
  document.body.setAttribute('data-ready', 'true');
})();
