// DOM helpers. Nothing from the server is ever parsed as HTML: text goes in with textContent, and
// the API's highlighted strings (escaped text plus <mark>) are rebuilt node by node by markedText.

/** Creates an element with attributes, properties and children (strings become text nodes). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key in node && typeof value !== 'string') node[key] = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the entities an HTML-escaping server produces (named basics and numeric ones). */
export function unescapeHtml(s) {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (m, code) => {
    if (code[0] !== '#') return ENTITIES[code];
    const n = code[1] === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
  });
}

/**
 * A fragment from a highlighted string: <mark> and </mark> become mark elements, everything
 * else becomes text. Any other tag stays visible as text, so even a server bug cannot inject markup.
 */
export function markedText(html) {
  const fragment = document.createDocumentFragment();
  if (!html) return fragment;
  let open = null;
  for (const part of String(html).split(/(<\/?mark>)/)) {
    if (part === '<mark>') {
      if (!open) {
        open = document.createElement('mark');
        fragment.append(open);
      }
    } else if (part === '</mark>') {
      open = null;
    } else if (part) {
      (open || fragment).append(document.createTextNode(unescapeHtml(part)));
    }
  }
  return fragment;
}

/** Removes every child. */
export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** Only http(s) links are followed; anything else (javascript:, data:) is not a link at all. */
export function safeHref(url) {
  try {
    const u = new URL(url, document.baseURI);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch (e) {
    return null;
  }
}
