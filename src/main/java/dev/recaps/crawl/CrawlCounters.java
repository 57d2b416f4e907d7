package dev.recaps.crawl;

/**
 * Running totals of a crawl for progress display.
 *
 * @param fetched requests answered with a full body (robots.txt excluded)
 * @param notModified conditional requests answered 304, or 200 with an unchanged body
 * @param queued URLs waiting in the frontier
 * @param indexed pages the sink indexed
 * @param skipped URLs or pages skipped for any reason
 * @param errors failed requests (timeouts, HTTP errors, redirect loops, ...)
 * @param currentHost host of the last request
 */
public record CrawlCounters(
    int fetched, int notModified, int queued, int indexed, int skipped, int errors,
    String currentHost) {}
