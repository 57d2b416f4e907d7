// Suggestions as you type, safe with Korean input methods: while a syllable is being composed
// (compositionstart..compositionend) nothing is fetched and Enter/arrows belong to the IME, so a
// syllable is never sent half-built nor duplicated when Enter commits it.
import { clear, el, markedText } from './dom.js';
import { getJson } from './state.js';

const DELAY_MS = 120;

export class SuggestBox {
  /**
   * @param input the search box (role=combobox)
   * @param list the listbox element
   * @param options {url: prefix => url, onPick: text => void, label: kind => string}
   */
  constructor(input, list, options) {
    this.input = input;
    this.list = list;
    this.options = options;
    this.items = [];
    this.active = -1;
    this.composing = false;
    this.timer = 0;
    this.controller = null;
    input.addEventListener('compositionstart', () => { this.composing = true; });
    input.addEventListener('compositionend', () => {
      this.composing = false;
      this.schedule();
    });
    input.addEventListener('input', (e) => {
      if (e.isComposing || this.composing) return;
      this.schedule();
    });
    input.addEventListener('keydown', (e) => this.onKey(e));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
  }

  /** True when the key was used to choose a suggestion (the form must not submit the typed text). */
  onKey(e) {
    // keyCode 229 is what browsers report for keys the IME is handling.
    if (e.isComposing || this.composing || e.keyCode === 229) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!this.items.length) return;
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.highlight((this.active + step + this.items.length + 1) % (this.items.length + 1) - 1);
    } else if (e.key === 'Escape') {
      if (!this.list.hidden) {
        e.preventDefault();
        this.close();
      }
    } else if (e.key === 'Enter' && this.active >= 0) {
      e.preventDefault();
      this.pick(this.items[this.active]);
    }
  }

  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.fetch(), DELAY_MS);
  }

  async fetch() {
    const prefix = this.input.value;
    if (this.controller) this.controller.abort();
    if (!prefix.trim()) {
      this.close();
      return;
    }
    this.controller = new AbortController();
    try {
      const body = await getJson(this.options.url(prefix), this.controller.signal);
      if (this.input.value === prefix) this.show(body.suggestions || []);
    } catch (e) {
      if (e.name !== 'AbortError') this.close(); // suggestions are a help, never an error message
    }
  }

  show(suggestions) {
    clear(this.list);
    this.items = suggestions.map((s) => s.text);
    this.active = -1;
    suggestions.forEach((s, i) => {
      const option = el('li', {
        role: 'option',
        id: `suggestion-${i}`,
        'aria-selected': 'false',
        onmousedown: (e) => { e.preventDefault(); this.pick(s.text); },
      }, el('span', { class: 'suggestion-text' }, s.html ? markedText(s.html) : s.text),
      el('span', { class: 'suggestion-kind', text: this.options.label(s.kind) }));
      this.list.append(option);
    });
    const open = suggestions.length > 0;
    this.list.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
    this.input.removeAttribute('aria-activedescendant');
  }

  highlight(index) {
    this.active = index;
    [...this.list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) this.input.setAttribute('aria-activedescendant', `suggestion-${index}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  pick(text) {
    this.input.value = text;
    this.close();
    this.options.onPick(text);
  }

  close() {
    clearTimeout(this.timer);
    this.items = [];
    this.active = -1;
    this.list.hidden = true;
    clear(this.list);
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}
