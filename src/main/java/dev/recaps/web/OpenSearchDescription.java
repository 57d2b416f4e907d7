package dev.recaps.web;

/**
 * The OpenSearch description that lets a browser add Recaps as a search engine, with search,
 * suggestion and feed URL templates under the server's public URL.
 */
final class OpenSearchDescription {
  private OpenSearchDescription() {}

  static String write(String baseUrl) {
    String b = Escape.xml(baseUrl);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<OpenSearchDescription xmlns=\"http://a9.com/-/spec/opensearch/1.1/\">\n"
        + "  <ShortName>Recaps</ShortName>\n"
        + "  <Description>Search Korean and English conference recaps</Description>\n"
        + "  <InputEncoding>UTF-8</InputEncoding>\n"
        + "  <Image width=\"16\" height=\"16\" type=\"image/svg+xml\">" + b + "/assets/icon.svg</Image>\n"
        + "  <Url type=\"text/html\" method=\"get\" template=\"" + b + "/?q={searchTerms}\"/>\n"
        + "  <Url type=\"application/x-suggestions+json\" template=\"" + b
        + "/api/suggest?format=opensearch&amp;q={searchTerms}\"/>\n"
        + "  <Url type=\"application/atom+xml\" template=\"" + b + "/search.atom?q={searchTerms}\"/>\n"
        + "  <Url type=\"application/opensearchdescription+xml\" rel=\"self\" template=\"" + b
        + "/opensearch.xml\"/>\n"
        + "</OpenSearchDescription>\n";
  }
}
