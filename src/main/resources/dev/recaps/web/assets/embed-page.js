// The iframe page (/embed): a compact search box with the filters given in its URL fixed, results
// that open in a new tab, and its height reported to the host page so the iframe can be sized.
import { initialLanguage, translatePage, translator } from './i18n.js';
import { renderHit, renderNotices, searchHrefFor, valueLabel } from './render.js';
import { getJson, readState, toQuery } from './state.js';

const DELAY_MS = 250;
const params = new URLSearchParams(location.search);
const compact = params.get('compact') === '1';
const size = Math.min(20, Math.max(1, parseInt(params.get('size') || (compact ? '5' : '8'), 10) || 5));
const uiLang = params.get('hl') === 'ko' || params.get('hl') === 'en' ? params.get('hl') : initialLanguage();
const t = translator(uiLang);
const preset = readState(location.search);

const $ = (id) => document.getElementById(id);
const input = $('q');
let controller = null;
let timer = 0;
let composing = false;

function state() {
  return { ...preset, q: input.value.trim(), page: 1 };
}

async function search() {
  if (controller) controller.abort();
  controller = new AbortController();
  const current = state();
  try {
    const result = await getJson(`api/search?${toQuery(current, { size })}`, controller.signal);
    const searchHref = searchHrefFor('./');
    $('status').textContent = result.total === 1 ? t('countOne', { ms: result.tookMs })
      : t('count', { total: result.total, ms: result.tookMs });
    $('notices').replaceChildren(...renderNotices(result, current, t, searchHref));
    const options = {
      compact, newTab: true, searchHref, archivedHref: (id) => `api/recaps/${encodeURIComponent(id)}/archived`,
    };
    $('hits').replaceChildren(...result.hits.map((hit) => renderHit(hit, t, uiLang, options)));
    $('more').href = searchHref(current);
    history.replaceState(null, '', `embed?${toQuery(current, compact ? { compact: 1 } : {})}`);
  } catch (e) {
    if (e.name !== 'AbortError') $('status').textContent = t('failed', { detail: e.message });
  }
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(search, DELAY_MS);
}

/** Tells the host page how tall this page is, whenever that changes. */
function reportHeight() {
  if (window.parent === window) return;
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  window.parent.postMessage({ type: 'recaps:height', height }, '*');
}

translatePage(document, t, uiLang);
if (compact) document.body.classList.add('compact');
const scope = Object.entries(preset.filters).map(([dim, values]) =>
  `${t(`dim_${dim}`)}: ${values.map((v) => valueLabel(dim, v, t)).join(', ')}`);
$('scope').textContent = scope.length ? t('within', { scope: scope.join(' · ') }) : '';
$('scope').hidden = scope.length === 0;
input.value = preset.q;
input.addEventListener('compositionstart', () => { composing = true; });
input.addEventListener('compositionend', () => { composing = false; schedule(); });
input.addEventListener('input', (e) => { if (!e.isComposing && !composing) schedule(); });
$('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  if (!composing) search();
});
new ResizeObserver(reportHeight).observe(document.documentElement);
window.addEventListener('load', reportHeight);
search();
