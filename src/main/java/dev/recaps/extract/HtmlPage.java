package dev.recaps.extract;

import dev.recaps.model.Recap;

/**
 * The result of reading one HTML page.
 *
 * @param type what the page is
 * @param recap the extracted recap when {@code type} is {@link PageType#ARTICLE}, else {@code null}
 * @param canonicalUrl the URL the page names as canonical (same site only) or the URL it was read
 *     from; {@code null} when neither is known
 * @param reason why the page is not an article, {@code null} for articles
 * @param charset the charset the bytes were decoded with, {@code null} when the caller passed text
 */
public record HtmlPage(
    PageType type, Recap recap, String canonicalUrl, String reason, String charset) {}
