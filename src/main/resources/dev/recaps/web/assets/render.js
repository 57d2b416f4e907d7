// Renders search answers: one hit, the notices about query rewriting, the zero-results help.
// Strings from the API are inserted as text; only titleHtml/snippet go through markedText.
import { el, markedText, safeHref } from './dom.js';
import { toQuery } from './state.js';

/** A date like "2024. 12. 3." or "Dec 3, 2024", read as a calendar day (no time-zone shift). */
export function formatDate(iso, lang) {
  if (!iso) return '';
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'ko' ? 'ko-KR' : 'en', { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** Display label of a facet value (language codes become names). */
export function valueLabel(dim, value, t) {
  return dim === 'lang' && ['ko', 'en', 'mixed'].includes(value) ? t(`lang_${value}`) : value;
}

/**
 * One result.
 * @param options {compact, newTab, searchHref: state => href, archivedHref: id => href}
 */
export function renderHit(hit, t, lang, options) {
  const href = safeHref(hit.url) || options.archivedHref(hit.id);
  const target = options.newTab ? { target: '_blank', rel: 'noopener noreferrer' } : { rel: 'noreferrer' };
  const title = el('h2', { class: 'hit-title' },
    el('a', { href, ...target }, hit.titleHtml ? markedText(hit.titleHtml) : hit.title));
  const meta = el('p', { class: 'hit-meta' },
    hit.site ? el('span', { class: 'site', text: hit.site }) : null,
    hit.published ? el('time', { datetime: hit.published, text: formatDate(hit.published, lang) }) : null,
    hit.author ? el('span', { class: 'author', text: hit.author }) : null,
    hit.gone ? el('span', { class: 'gone', text: t('gone') }) : null,
    options.compact ? null : el('a', { class: 'archived', href: options.archivedHref(hit.id), text: t('archived'), ...target }));
  const chips = options.compact ? null : renderChips(hit, t, options);
  const snippet = options.compact || !hit.snippet ? null : el('p', { class: 'snippet' }, markedText(hit.snippet));
  return el('li', { class: 'hit', lang: hit.lang === 'mixed' ? null : hit.lang }, title, meta, chips, snippet);
}

function renderChips(hit, t, options) {
  const chips = [];
  const link = (cls, dim, values, label) => {
    const state = { q: '', filters: {}, sort: 'newest', page: 1, original: false };
    values.forEach(([d, v]) => { state.filters[d] = [v]; });
    chips.push(el('a', {
      class: `chip ${cls}`, href: options.searchHref(state), title: t('allOf', { value: label }), 'data-nav': '',
    }, label));
  };
  if (hit.conference) {
    const values = [['conference', hit.conference]];
    if (hit.year) values.push(['year', String(hit.year)]);
    link('conference', 'conference', values, hit.year ? `${hit.conference} ${hit.year}` : hit.conference);
  } else if (hit.year) {
    link('year', 'year', [['year', String(hit.year)]], String(hit.year));
  }
  (hit.speakers || []).forEach((s) => link('speaker', 'speaker', [['speaker', s]], s));
  (hit.topics || []).forEach((s) => link('topic', 'topic', [['topic', s]], s));
  return chips.length ? el('p', { class: 'chips' }, chips) : null;
}

/** The rewritten-query notice ("showing results for X, search for Y instead") and server notices. */
export function renderNotices(result, state, t, searchHref) {
  const items = [];
  if (result.rewrittenQuery) {
    const original = { ...state, original: true, page: 1 };
    items.push(el('p', { class: 'notice' },
      fill(t('rewritten', { rewritten: '\u0000' }), el('strong', { text: result.rewrittenQuery })), ' ',
      el('a', { href: searchHref(original), 'data-nav': '' },
        t('searchInstead', { original: result.query }))));
  }
  for (const notice of result.notices || []) items.push(el('p', { class: 'notice', text: notice }));
  return items;
}

/** Zero results: say so, offer didYouMean, and links that each remove one filter. */
export function renderEmpty(result, state, t, searchHref) {
  const parts = [el('p', { class: 'empty-title' },
    state.q ? fill(t('noResults', { query: '\u0000' }), el('strong', { text: `“${state.q}”` })) : t('noResultsAll'))];
  if (result.didYouMean) {
    const fixed = { ...state, q: result.didYouMean, page: 1 };
    parts.push(el('p', {}, fill(t('didYouMean', { link: '\u0000' }),
      el('a', { href: searchHref(fixed), 'data-nav': '', text: result.didYouMean }))));
  }
  const removals = [];
  for (const [dim, values] of Object.entries(state.filters)) {
    for (const value of values) {
      const rest = values.filter((v) => v !== value);
      const filters = { ...state.filters };
      if (rest.length) filters[dim] = rest; else delete filters[dim];
      removals.push(el('li', {}, el('a', { href: searchHref({ ...state, filters, page: 1 }), 'data-nav': '' },
        t('removeFilter', { value: `${t(`dim_${dim}`)}: ${valueLabel(dim, value, t)}` }))));
    }
  }
  if (removals.length) parts.push(el('p', { text: t('tryRemoving') }), el('ul', { class: 'removals' }, removals));
  return parts;
}

/** Splits a translated sentence at the \0 placeholder and puts a node there. */
function fill(sentence, node) {
  const [before, after] = sentence.split('\u0000');
  return [before, node, after ?? ''];
}

export function searchHrefFor(pagePath) {
  return (state) => {
    const query = toQuery(state);
    return query ? `${pagePath}?${query}` : pagePath;
  };
}
