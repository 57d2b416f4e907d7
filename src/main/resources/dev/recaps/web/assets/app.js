// The search page: reads the state from the URL, asks the API, renders results, facets and the
// year chart, and writes every change back to the URL (pushState) so back/forward and shared
// links restore exactly what was on screen.
import { clear, el } from './dom.js';
import { initialLanguage, saveLanguage, translatePage, translator } from './i18n.js';
import { renderEmpty, renderHit, renderNotices, searchHrefFor, valueLabel } from './render.js';
import { DIMENSIONS, filterCount, getJson, readState, toQuery, withFilterToggled } from './state.js';
import { SuggestBox } from './suggest.js';

const VISIBLE_VALUES = 8;
const MAX_PAGES_LISTED = 7;

const $ = (id) => document.getElementById(id);
const ui = {
  form: $('search-form'), input: $('q'), suggestions: $('suggestions'), langButton: $('ui-lang'),
  filters: $('filters'), filterCount: $('filter-count'), clearFilters: $('clear-filters'),
  bars: document.querySelector('#year-chart .bars'), chart: $('year-chart'), facets: $('facets'),
  status: $('status'), sort: $('sort'), notices: $('notices'), hits: $('hits'), empty: $('empty'),
  pager: $('pager'), feed: $('feed-link'), results: $('results'),
};

let lang = initialLanguage();
let t = translator(lang);
let state = readState(location.search);
let lastResult = null;
let controller = null;
const expanded = new Set();
const searchHref = searchHrefFor('./');

const suggest = new SuggestBox(ui.input, ui.suggestions, {
  url: (prefix) => `api/suggest?${new URLSearchParams({ q: prefix, limit: '8' })}`,
  onPick: (text) => navigate({ ...state, q: text, page: 1 }),
  label: (kind) => t(`kind_${kind}`),
});

function applyLanguage() {
  translatePage(document, t, lang);
  ui.langButton.textContent = t('switchTo');
  ui.langButton.setAttribute('lang', lang === 'ko' ? 'en' : 'ko');
  if (lastResult) render(lastResult);
}

/** Runs a search for a new state and records it in the browser history. */
function navigate(next, { push = true } = {}) {
  state = next;
  const href = searchHref(state);
  if (push) history.pushState(null, '', href);
  else history.replaceState(null, '', href);
  return load();
}

async function load() {
  ui.input.value = state.q;
  ui.sort.value = state.sort;
  document.title = state.q ? `${state.q} – Recaps` : 'Recaps';
  if (controller) controller.abort();
  controller = new AbortController();
  ui.results.setAttribute('aria-busy', 'true');
  try {
    const result = await getJson(`api/search?${toQuery(state)}`, controller.signal);
    lastResult = result;
    render(result);
  } catch (e) {
    if (e.name === 'AbortError') return;
    lastResult = null;
    clear(ui.hits);
    ui.empty.hidden = true;
    ui.status.textContent = t('failed', { detail: e.message });
  } finally {
    ui.results.removeAttribute('aria-busy');
  }
}

function render(result) {
  const count = result.total === 1 ? t('countOne', { ms: result.tookMs })
    : t('count', { total: new Intl.NumberFormat(lang).format(result.total), ms: result.tookMs });
  ui.status.textContent = count;
  ui.notices.replaceChildren(...renderNotices(result, state, t, searchHref));
  const options = { compact: false, newTab: false, searchHref, archivedHref: (id) => `api/recaps/${encodeURIComponent(id)}/archived` };
  ui.hits.replaceChildren(...result.hits.map((hit) => renderHit(hit, t, lang, options)));
  ui.hits.start = (result.page - 1) * result.size + 1;
  ui.empty.hidden = result.hits.length > 0 || result.total > 0;
  ui.empty.replaceChildren(...(ui.empty.hidden ? [] : renderEmpty(result, state, t, searchHref)));
  renderFacets(result.facets || {});
  renderYearChart((result.facets || {}).year || []);
  renderPager(result);
  const n = filterCount(state);
  ui.filterCount.textContent = n ? `(${n})` : '';
  ui.clearFilters.hidden = n === 0;
  ui.feed.href = `search.atom?${toQuery({ ...state, page: 1, sort: 'relevance' })}`.replace(/\?$/, '');
}

function renderFacets(facets) {
  const sections = [];
  for (const dim of DIMENSIONS) {
    const values = facets[dim] || [];
    if (!values.length) continue;
    const open = expanded.has(dim);
    const items = values.map((v, i) => {
      const id = `f-${dim}-${i}`;
      const hidden = !open && i >= VISIBLE_VALUES && !v.selected;
      return el('li', { hidden },
        el('input', {
          type: 'checkbox', id, checked: v.selected, 'data-dim': dim, 'data-value': v.value,
          onchange: (e) => navigate(withFilterToggled(state, dim, v.value, e.target.checked)),
        }),
        el('label', { for: id },
          el('span', { class: 'value', text: valueLabel(dim, v.value, t) }),
          el('span', { class: 'count', text: String(v.count) })));
    });
    const more = values.length > VISIBLE_VALUES
      ? el('button', {
        type: 'button', class: 'link-button', 'aria-expanded': String(open),
        text: open ? t('showLess') : t('showMore', { n: values.length - VISIBLE_VALUES }),
        onclick: () => { if (open) expanded.delete(dim); else expanded.add(dim); renderFacets(facets); },
      })
      : null;
    sections.push(el('fieldset', { class: `facet facet-${dim}`, 'data-dim': dim },
      el('legend', { class: 'facet-title', text: t(`dim_${dim}`) }), el('ul', {}, items), more));
  }
  ui.facets.replaceChildren(...sections);
}

function renderYearChart(years) {
  const sorted = [...years].sort((a, b) => Number(a.value) - Number(b.value));
  ui.chart.hidden = sorted.length < 2;
  const max = Math.max(1, ...sorted.map((y) => y.count));
  ui.bars.replaceChildren(...sorted.map((y) => {
    const bar = el('span', { class: 'bar' });
    // CSSOM assignments are allowed by the CSP (only inline style attributes are not).
    bar.style.height = `${Math.max(4, Math.round((y.count / max) * 100))}%`;
    return el('button', {
      type: 'button', class: 'bar-button', 'aria-pressed': String(y.selected), 'data-year': y.value,
      title: t('yearBar', { year: y.value, count: y.count }), 'aria-label': t('yearBar', { year: y.value, count: y.count }),
      onclick: () => navigate(withFilterToggled(state, 'year', y.value, !y.selected)),
    }, bar, el('span', { class: 'bar-label', text: `’${y.value.slice(-2)}` }));
  }));
}

function renderPager(result) {
  const pages = Math.ceil(Math.min(result.total, 10000) / result.size);
  if (pages <= 1) {
    clear(ui.pager);
    return;
  }
  const first = Math.max(1, Math.min(result.page - 3, pages - MAX_PAGES_LISTED + 1));
  const last = Math.min(pages, first + MAX_PAGES_LISTED - 1);
  const link = (page, label, rel) => el('a', {
    href: searchHref({ ...state, page }), 'data-nav': '', rel,
    'aria-current': page === result.page ? 'page' : null, 'aria-label': t('pageN', { n: page }),
  }, label);
  const items = [];
  if (result.page > 1) items.push(link(result.page - 1, `‹ ${t('previous')}`, 'prev'));
  for (let p = first; p <= last; p++) items.push(link(p, String(p)));
  if (result.page < pages) items.push(link(result.page + 1, `${t('next')} ›`, 'next'));
  ui.pager.replaceChildren(...items);
}

ui.form.addEventListener('submit', (e) => {
  e.preventDefault();
  if (suggest.composing) return; // Enter that commits a Korean syllable is not a search yet
  suggest.close();
  navigate({ ...state, q: ui.input.value.trim(), page: 1 });
});

ui.sort.addEventListener('change', () => navigate({ ...state, sort: ui.sort.value, page: 1 }));
ui.clearFilters.addEventListener('click', () => navigate({ ...state, filters: {}, page: 1 }));
ui.langButton.addEventListener('click', () => {
  lang = lang === 'ko' ? 'en' : 'ko';
  t = translator(lang);
  saveLanguage(lang);
  applyLanguage();
});

// In-page links (chips, pager, suggestions in notices) keep the page and use the history API;
// modified clicks (new tab, new window) are left to the browser.
document.addEventListener('click', (e) => {
  const link = e.target.closest('a[data-nav], a[data-home]');
  if (!link || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  navigate(readState(new URL(link.href).search));
  ui.results.focus({ preventScroll: true });
  window.scrollTo({ top: 0 });
});

document.addEventListener('keydown', (e) => {
  const typing = e.target.closest('input, textarea, select, [contenteditable="true"]');
  if ((e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    ui.input.focus();
    ui.input.select();
  } else if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
    e.preventDefault();
    ui.input.focus();
    ui.input.select();
  }
});

window.addEventListener('popstate', () => {
  state = readState(location.search);
  load();
});

if (window.matchMedia('(min-width: 50rem)').matches) ui.filters.open = true;
applyLanguage();
navigate(state, { push: false });
