/*
 * Recaps search widget: <recaps-search> for any web page or wiki.
 *
 *   <script src="https://RECAPS-HOST/embed.js" defer></script>
 *   <recaps-search placeholder="Search re:Invent recaps" conference="AWS re:Invent"></recaps-search>
 *
 * Attributes: placeholder, mode="inline" (default: results drop down under the box) or "modal"
 * (a button; Ctrl/Cmd+K opens a search dialog), preset filters conference, year (comma-separated
 * for several), speaker, topic, lang, site; size (results shown, default 6); ui-lang="ko"|"en";
 * server (the Recaps URL, default: where this script was loaded from).
 * Theming: set --recaps-accent on the element. The widget lives in a Shadow DOM, so no CSS leaks
 * in or out, and it calls the Recaps API by CORS without cookies. Text from the API is inserted as
 * text; only highlight marks are rebuilt as <mark> elements.
 */
(() => {
  'use strict';
  if (window.customElements.get('recaps-search')) return;

  const script = document.currentScript;
  const DEFAULT_SERVER = script && script.src ? new URL('.', script.src).href : new URL('/', location.href).href;
  const FILTERS = ['conference', 'year', 'speaker', 'topic', 'lang', 'site'];
  const DELAY_MS = 200;

  const TEXT = {
    en: {
      placeholder: 'Search recaps', label: 'Search recaps', open: 'Search recaps', all: 'All {n} results on Recaps →',
      none: 'No recaps match “{q}”.', failed: 'Recaps search is not available right now.', close: 'Close',
      results: 'Results', count: '{n} recaps',
    },
    ko: {
      placeholder: '리캡 검색', label: '리캡 검색', open: '리캡 검색', all: 'Recaps에서 결과 {n}건 모두 보기 →',
      none: '“{q}”에 맞는 리캡이 없습니다.', failed: '지금은 Recaps 검색을 쓸 수 없습니다.', close: '닫기',
      results: '검색 결과', count: '리캡 {n}건',
    },
  };

  const CSS = `
:host { all: initial; display: block; position: relative; font-family: system-ui, -apple-system, "Segoe UI", "Apple SD Gothic Neo", "Noto Sans KR", sans-serif;
  font-size: 15px; line-height: 1.5; color: #1b1f24; --accent: var(--recaps-accent, #0b6bcb); --bg: #fff; --muted: #57606a; --border: #d0d7de; --hover: #eef4fb; --mark: #fff1a8; }
@media (prefers-color-scheme: dark) { :host { color: #e6edf3; --bg: #171c23; --muted: #9da7b3; --border: #30363d; --hover: #1c2633; --mark: #5a4a00; } }
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
input { width: 100%; font: inherit; color: inherit; background: var(--bg); border: 1px solid var(--border); border-radius: 8px; padding: 8px 12px; }
input:focus { outline: 2px solid var(--accent); outline-offset: 1px; }
.panel { position: absolute; left: 0; right: 0; top: calc(100% + 4px); z-index: 2147483000; background: var(--bg); color: inherit;
  border: 1px solid var(--border); border-radius: 8px; box-shadow: 0 10px 28px rgb(0 0 0 / .18); max-height: 70vh; overflow: auto; }
dialog .panel { position: static; box-shadow: none; border: 0; max-height: 60vh; margin-top: 8px; }
ol { list-style: none; margin: 0; padding: 4px 0; }
a.hit { display: block; padding: 8px 12px; color: inherit; text-decoration: none; }
a.hit:hover, a.hit[aria-selected="true"] { background: var(--hover); }
.title { color: var(--accent); font-weight: 600; display: block; }
.meta { color: var(--muted); font-size: 12px; display: block; }
.snippet { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; font-size: 13px; }
mark { background: var(--mark); color: inherit; }
.footer { display: block; padding: 8px 12px; border-top: 1px solid var(--border); color: var(--accent); font-size: 13px; text-decoration: none; }
.message { padding: 10px 12px; color: var(--muted); margin: 0; }
button.trigger { font: inherit; color: var(--muted); background: var(--bg); border: 1px solid var(--border); border-radius: 8px; padding: 6px 12px;
  cursor: pointer; display: inline-flex; gap: 12px; align-items: center; }
kbd { font: inherit; font-size: 12px; border: 1px solid var(--border); border-radius: 4px; padding: 0 4px; }
dialog { border: 0; border-radius: 12px; padding: 16px; width: min(40rem, 92vw); background: var(--bg); color: inherit; box-shadow: 0 20px 60px rgb(0 0 0 / .35); }
dialog::backdrop { background: rgb(0 0 0 / .4); }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }`;

  let sharedSheet = null;

  function adoptStyles(root) {
    try {
      if (!sharedSheet) {
        sharedSheet = new CSSStyleSheet();
        sharedSheet.replaceSync(CSS);
      }
      root.adoptedStyleSheets = [sharedSheet];
    } catch (e) {
      const style = document.createElement('style'); // browsers without constructable style sheets
      style.textContent = CSS;
      root.append(style);
    }
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child !== null && child !== undefined) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function unescapeHtml(s) {
    const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (m, code) => {
      if (code[0] !== '#') return named[code];
      const n = code[1] === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
    });
  }

  /** Rebuilds escaped text with <mark> highlights as nodes; no other markup can come through. */
  function markedText(html) {
    const fragment = document.createDocumentFragment();
    let open = null;
    for (const part of String(html || '').split(/(<\/?mark>)/)) {
      if (part === '<mark>') {
        if (!open) fragment.append(open = document.createElement('mark'));
      } else if (part === '</mark>') {
        open = null;
      } else if (part) {
        (open || fragment).append(document.createTextNode(unescapeHtml(part)));
      }
    }
    return fragment;
  }

  function httpUrl(url) {
    try {
      const u = new URL(url);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  class RecapsSearch extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const root = this.attachShadow({ mode: 'open' });
      adoptStyles(root);
      const wanted = this.getAttribute('ui-lang');
      const browserKorean = (navigator.language || '').toLowerCase().startsWith('ko');
      this.text = TEXT[wanted === 'ko' || wanted === 'en' ? wanted : browserKorean ? 'ko' : 'en'];
      this.server = new URL(this.getAttribute('server') || DEFAULT_SERVER, location.href).href.replace(/\/?$/, '/');
      this.active = -1;
      this.composing = false;
      this.input = el('input', {
        type: 'search', role: 'combobox', 'aria-expanded': 'false', 'aria-controls': 'panel', 'aria-autocomplete': 'list',
        'aria-label': this.text.label, placeholder: this.getAttribute('placeholder') || this.text.placeholder, autocomplete: 'off',
        spellcheck: 'false', enterkeyhint: 'search',
      });
      this.panel = el('div', { class: 'panel', id: 'panel', hidden: true });
      this.live = el('span', { class: 'sr', role: 'status', 'aria-live': 'polite' });
      this.wireInput();
      if (this.getAttribute('mode') === 'modal') this.buildModal(root);
      else root.append(this.input, this.panel, this.live);
    }

    disconnectedCallback() {
      if (this.onShortcut) document.removeEventListener('keydown', this.onShortcut);
      if (this.onOutside) document.removeEventListener('click', this.onOutside);
    }

    buildModal(root) {
      const trigger = el('button', { type: 'button', class: 'trigger', 'aria-haspopup': 'dialog' },
        this.getAttribute('placeholder') || this.text.open,
        el('kbd', { text: /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘K' : 'Ctrl K' }));
      this.dialog = el('dialog', { 'aria-label': this.text.label }, this.input, this.panel, this.live);
      trigger.addEventListener('click', () => this.openModal());
      this.dialog.addEventListener('click', (e) => { if (e.target === this.dialog) this.dialog.close(); });
      root.append(trigger, this.dialog);
      this.onShortcut = (e) => {
        const first = document.querySelector('recaps-search[mode="modal"]') === this;
        if (first && (e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          this.openModal();
        }
      };
      document.addEventListener('keydown', this.onShortcut);
    }

    openModal() {
      if (!this.dialog.open) this.dialog.showModal();
      this.input.focus();
      this.input.select();
    }

    wireInput() {
      this.input.addEventListener('compositionstart', () => { this.composing = true; });
      this.input.addEventListener('compositionend', () => { this.composing = false; this.schedule(); });
      this.input.addEventListener('input', (e) => { if (!e.isComposing && !this.composing) this.schedule(); });
      this.input.addEventListener('keydown', (e) => this.onKey(e));
      this.input.addEventListener('focus', () => { if (this.panel.firstChild && this.input.value.trim()) this.show(true); });
      this.onOutside = (e) => { if (!e.composedPath().includes(this)) this.show(false); };
      document.addEventListener('click', this.onOutside);
    }

    onKey(e) {
      if (e.isComposing || this.composing || e.keyCode === 229) return; // the IME owns these keys
      const links = [...this.panel.querySelectorAll('a.hit')];
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        if (!links.length) return;
        e.preventDefault();
        this.select(links, (this.active + (e.key === 'ArrowDown' ? 1 : -1) + links.length + 1) % (links.length + 1) - 1);
      } else if (e.key === 'Enter') {
        e.preventDefault();
        if (this.active >= 0 && links[this.active]) window.open(links[this.active].href, '_blank', 'noopener');
        else this.search();
      } else if (e.key === 'Escape' && !this.dialog) {
        this.show(false);
      }
    }

    select(links, index) {
      this.active = index;
      links.forEach((a, i) => a.setAttribute('aria-selected', String(i === index)));
      if (index >= 0) this.input.setAttribute('aria-activedescendant', links[index].id);
      else this.input.removeAttribute('aria-activedescendant');
    }

    schedule() {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.search(), DELAY_MS);
    }

    params(q) {
      const params = new URLSearchParams();
      if (q) params.set('q', q);
      for (const dim of FILTERS) {
        const value = (this.getAttribute(dim) || '').trim();
        if (value) (dim === 'year' ? value.split(',') : [value]).forEach((v) => params.append(dim, v.trim()));
      }
      return params;
    }

    async search() {
      const q = this.input.value.trim();
      if (!q) {
        this.show(false);
        return;
      }
      if (this.controller) this.controller.abort();
      this.controller = new AbortController();
      const params = this.params(q);
      params.set('size', String(Math.min(20, Math.max(1, parseInt(this.getAttribute('size') || '6', 10) || 6))));
      try {
        const response = await fetch(`${this.server}api/search?${params}`, {
          signal: this.controller.signal, mode: 'cors', credentials: 'omit', headers: { Accept: 'application/json' },
        });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        this.render(q, await response.json());
      } catch (e) {
        if (e.name === 'AbortError') return;
        this.panel.replaceChildren(el('p', { class: 'message', text: this.text.failed }));
        this.show(true);
      }
    }

    render(q, result) {
      this.active = -1;
      this.input.removeAttribute('aria-activedescendant');
      const items = result.hits.map((hit, i) => {
        const meta = [hit.conference && hit.year ? `${hit.conference} ${hit.year}` : hit.conference || hit.year, hit.site, hit.published]
          .filter(Boolean).join(' · ');
        const href = httpUrl(hit.url) || `${this.server}api/recaps/${encodeURIComponent(hit.id)}/archived`;
        return el('li', {}, el('a', {
          class: 'hit', id: `hit-${i}`, href, target: '_blank', rel: 'noopener noreferrer', role: 'option', 'aria-selected': 'false',
        }, el('span', { class: 'title' }, hit.titleHtml ? markedText(hit.titleHtml) : hit.title),
        el('span', { class: 'meta', text: meta }),
        hit.snippet ? el('span', { class: 'snippet' }, markedText(hit.snippet)) : null));
      });
      const full = `${this.server}?${this.params(q)}`;
      const children = items.length
        ? [el('ol', { role: 'listbox', 'aria-label': this.text.results }, items),
          el('a', { class: 'footer', href: full, target: '_blank', rel: 'noopener', text: this.text.all.replace('{n}', result.total) })]
        : [el('p', { class: 'message', text: this.text.none.replace('{q}', q) })];
      this.panel.replaceChildren(...children);
      this.live.textContent = this.text.count.replace('{n}', result.total);
      this.show(true);
    }

    show(open) {
      this.panel.hidden = !open;
      this.input.setAttribute('aria-expanded', String(open));
    }
  }

  window.customElements.define('recaps-search', RecapsSearch);
})();
