// The search state and its URL form. The whole state lives in the query string so a link can be
// shared and the back button works; the parameter names are the API's (see docs/api.md).

export const DIMENSIONS = ['year', 'conference', 'speaker', 'topic', 'lang', 'site'];

/** Reads {q, filters, sort, page, original} from a query string. */
export function readState(search) {
  const params = new URLSearchParams(search);
  const filters = {};
  for (const dim of DIMENSIONS) {
    const values = params.getAll(dim)
      .flatMap((v) => (dim === 'year' ? v.split(',') : [v]))
      .map((v) => v.trim())
      .filter((v) => v !== '');
    if (values.length) filters[dim] = [...new Set(values)];
  }
  const page = parseInt(params.get('page') || '1', 10);
  return {
    q: params.get('q') || '',
    filters,
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
    page: Number.isFinite(page) && page > 0 ? page : 1,
    original: params.get('original') === '1',
  };
}

/** The query string for a state, defaults left out, in the same order the server writes it. */
export function toQuery(state, extra = {}) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const dim of DIMENSIONS) {
    for (const value of state.filters[dim] || []) params.append(dim, value);
  }
  if (state.sort === 'newest') params.set('sort', 'newest');
  if (state.page > 1) params.set('page', String(state.page));
  if (state.original) params.set('original', '1');
  for (const [key, value] of Object.entries(extra)) params.set(key, String(value));
  return params.toString();
}

export function withFilterToggled(state, dim, value, on) {
  const current = new Set(state.filters[dim] || []);
  if (on) current.add(value); else current.delete(value);
  const filters = { ...state.filters };
  if (current.size) filters[dim] = [...current]; else delete filters[dim];
  return { ...state, filters, page: 1 };
}

export function filterCount(state) {
  return Object.values(state.filters).reduce((n, values) => n + values.length, 0);
}

/** Fetches JSON from the API; an error answer becomes an Error carrying the server's detail. */
export async function getJson(url, signal) {
  const response = await fetch(url, { signal, headers: { Accept: 'application/json' }, credentials: 'omit' });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const detail = body && body.detail ? body.detail : `HTTP ${response.status}`;
    throw new Error(detail);
  }
  return body;
}
