// Interface text in Korean and English. The language comes from a saved choice, else from
// navigator.language; every string a user reads is here so a translation is one file.

const TEXT = {
  en: {
    skip: 'Skip to results',
    searchLabel: 'Search recaps',
    placeholder: 'Search recaps — 서버리스, Kubernetes, Werner Vogels…',
    searchButton: 'Search',
    suggestionsLabel: 'Suggestions',
    switchLanguage: 'Switch the interface language',
    switchTo: '한국어',
    filters: 'Filters',
    clearFilters: 'Clear all filters',
    recapsPerYear: 'Recaps per year',
    sortLabel: 'Sort',
    sortRelevance: 'Relevance',
    sortNewest: 'Newest',
    pages: 'Pages',
    previous: 'Previous',
    next: 'Next',
    pageN: 'Page {n}',
    feed: 'Atom feed of this search',
    shortcuts: 'Press / or Ctrl+K to search',
    openFull: 'Open in Recaps',
    count: '{total} recaps · {ms} ms',
    countOne: '1 recap · {ms} ms',
    loading: 'Searching…',
    failed: 'The search failed: {detail}',
    noResults: 'No recaps match {query}.',
    noResultsAll: 'No recaps match these filters.',
    didYouMean: 'Did you mean {link}?',
    rewritten: 'Showing results for {rewritten}.',
    searchInstead: 'Search for {original} instead',
    tryRemoving: 'Try removing a filter:',
    removeFilter: 'Remove {value}',
    showMore: 'Show {n} more',
    showLess: 'Show less',
    archived: 'Archived copy',
    gone: 'Original removed',
    yearBar: '{year}: {count} recaps',
    dim_year: 'Year',
    dim_conference: 'Conference',
    dim_speaker: 'Speaker',
    dim_topic: 'Topic',
    dim_lang: 'Language',
    dim_site: 'Site',
    lang_ko: 'Korean',
    lang_en: 'English',
    lang_mixed: 'Mixed',
    allOf: 'All recaps about {value}',
    kind_title: 'title',
    kind_speaker: 'speaker',
    kind_topic: 'topic',
    kind_conference: 'conference',
    kind_term: 'term',
    within: 'Searching within: {scope}',
  },
  ko: {
    skip: '검색 결과로 건너뛰기',
    searchLabel: '리캡 검색',
    placeholder: '리캡 검색 — 서버리스, Kubernetes, Werner Vogels…',
    searchButton: '검색',
    suggestionsLabel: '추천 검색어',
    switchLanguage: '화면 언어 바꾸기',
    switchTo: 'English',
    filters: '필터',
    clearFilters: '필터 모두 해제',
    recapsPerYear: '연도별 리캡 수',
    sortLabel: '정렬',
    sortRelevance: '관련도순',
    sortNewest: '최신순',
    pages: '페이지',
    previous: '이전',
    next: '다음',
    pageN: '{n} 페이지',
    feed: '이 검색의 Atom 피드',
    shortcuts: '/ 또는 Ctrl+K 로 검색창으로 이동',
    openFull: 'Recaps에서 열기',
    count: '리캡 {total}건 · {ms}ms',
    countOne: '리캡 1건 · {ms}ms',
    loading: '검색 중…',
    failed: '검색하지 못했습니다: {detail}',
    noResults: '{query}에 맞는 리캡이 없습니다.',
    noResultsAll: '이 필터에 맞는 리캡이 없습니다.',
    didYouMean: '{link}을(를) 찾으셨나요?',
    rewritten: '{rewritten} 검색 결과입니다.',
    searchInstead: '{original}(으)로 검색하기',
    tryRemoving: '필터를 하나 빼 보세요:',
    removeFilter: '{value} 빼기',
    showMore: '{n}개 더 보기',
    showLess: '접기',
    archived: '보관된 사본',
    gone: '원문 삭제됨',
    yearBar: '{year}년: 리캡 {count}건',
    dim_year: '연도',
    dim_conference: '컨퍼런스',
    dim_speaker: '발표자',
    dim_topic: '주제',
    dim_lang: '언어',
    dim_site: '사이트',
    lang_ko: '한국어',
    lang_en: '영어',
    lang_mixed: '혼합',
    allOf: '{value} 관련 리캡 모두 보기',
    kind_title: '제목',
    kind_speaker: '발표자',
    kind_topic: '주제',
    kind_conference: '컨퍼런스',
    kind_term: '용어',
    within: '검색 범위: {scope}',
  },
};

const STORAGE_KEY = 'recaps.uiLang';

/** The interface language: a saved choice, else the browser's preference. */
export function initialLanguage() {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'ko' || saved === 'en') return saved;
  } catch (e) {
    // Storage can be blocked (private mode, iframes); the browser language still works.
  }
  const preferred = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  return preferred.some((l) => String(l).toLowerCase().startsWith('ko')) ? 'ko' : 'en';
}

export function saveLanguage(lang) {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch (e) {
    // Not saved: the choice lasts for this page only.
  }
}

/** A translator for one language: t('count', {total: 3, ms: 5}). */
export function translator(lang) {
  const table = TEXT[lang] || TEXT.en;
  return (key, vars = {}) => {
    const template = table[key] ?? TEXT.en[key] ?? key;
    return template.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m));
  };
}

/** Applies the static page texts marked with data-i18n, data-i18n-placeholder, data-i18n-label. */
export function translatePage(root, t, lang) {
  document.documentElement.lang = lang;
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  root.querySelectorAll('[data-i18n-label]').forEach((el) => { el.setAttribute('aria-label', t(el.dataset.i18nLabel)); });
}
