package dev.recaps.extract;

/** What a fetched page is: a single post, a page listing posts, not HTML at all, or empty. */
public enum PageType {
  ARTICLE,
  LISTING,
  NOT_HTML,
  EMPTY
}
