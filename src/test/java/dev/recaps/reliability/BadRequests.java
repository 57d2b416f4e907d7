package dev.recaps.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Generates hostile HTTP requests by kind (a seeded random, so a failure can be replayed): what a
 * scanner, a broken client or a bored visitor sends to a public search server.
 */
final class BadRequests {
  /** One generated request and the kind it belongs to, for the per-kind counts in the report. */
  record Bad(String kind, byte[] bytes) {}

  static final List<String> KINDS = List.of("huge-q", "bad-percent", "raw-bytes", "many-params",
      "deep-paging", "traversal-ids", "wrong-method", "big-headers", "bad-request-line",
      "random-params");

  private static final String[] PATHS = {"/api/search", "/api/suggest", "/api/facets",
      "/api/recaps/0123456789abcdef", "/", "/embed", "/embed.js", "/health", "/search.atom",
      "/badge.svg", "/api/recaps/x"};
  private static final String[] PARAMS = {"q", "year", "conference", "speaker", "topic", "lang",
      "site", "sort", "page", "size", "original", "limit", "compact", "label", "callback"};
  private static final String[] ODD_VALUES = {"", "-1", "0", "1e9", "99999999999999999999",
      "NaN", "null", "<script>alert(1)</script>", "'\"><img src=x onerror=alert(1)>",
      "../../etc/passwd", "%00", "\u0000", "서버리스", "ㅅㅂㄹㅅ", "tjqjfltm", "year:2019..1", "\"",
      "title:\"", "*", "a*", "OR OR OR", "-", "-\"\"", "{{7*7}}", "${jndi:ldap://127.0.0.1/a}"};

  private final Random random;

  BadRequests(long seed) {
    this.random = new Random(seed);
  }

  Bad next(int i) {
    String kind = KINDS.get(i % KINDS.size());
    return new Bad(kind, switch (kind) {
      case "huge-q" -> RawHttp.get(path() + "?q=" + encoded(randomText(1 << (6 + random.nextInt(12)))));
      case "bad-percent" -> RawHttp.get(path() + "?q=" + badPercent() + "&year=" + badPercent());
      case "raw-bytes" -> rawBytes();
      case "many-params" -> RawHttp.get(path() + "?" + manyParams());
      case "deep-paging" -> RawHttp.get("/api/search?q=" + pick(new String[] {"", "aws", "서버리스"})
          + "&page=" + pick(ODD_VALUES) + "&size=" + pick(ODD_VALUES).replace(" ", "+"));
      case "traversal-ids" -> RawHttp.get(traversal());
      case "wrong-method" -> RawHttp.request(pick(new String[] {"POST", "PUT", "DELETE", "PATCH",
          "TRACE", "CONNECT", "PROPFIND", "FOO", "get"}), path(),
          "Content-Type: application/json\r\nContent-Length: 2\r\n", "{}");
      case "big-headers" -> RawHttp.request("GET", "/api/search?q=aws", bigHeaders());
      case "bad-request-line" -> badRequestLine();
      default -> RawHttp.get(path() + "?" + randomParams());
    });
  }

  private String path() {
    return pick(PATHS);
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private String randomText(int length) {
    StringBuilder b = new StringBuilder(length);
    while (b.length() < length) {
      switch (random.nextInt(4)) {
        case 0 -> b.append((char) ('a' + random.nextInt(26)));
        case 1 -> b.append((char) (0xAC00 + random.nextInt(11172)));
        case 2 -> b.append(' ');
        default -> b.appendCodePoint(random.nextInt(0x10FFFF));
      }
    }
    return b.toString();
  }

  private static String encoded(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private String badPercent() {
    return pick(new String[] {"%", "%Z", "%ZZ", "%E0%A4", "%C0%AF", "%FF%FE", "%00", "%2e%2e%2f",
        "%ED%A0%80", "%F4%90%80%80", "%%%", "%u0041", "%C3%28", "%E2%82", "%0D%0ASet-Cookie:x=1"});
  }

  private byte[] rawBytes() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes((random.nextBoolean() ? "GET /api/search?q=" : "GET /api/recaps/").getBytes(StandardCharsets.US_ASCII));
    int n = 1 + random.nextInt(12);
    for (int i = 0; i < n; i++) {
      int v = 0x80 + random.nextInt(0x80);
      b.write(v == 0x0D || v == 0x0A ? 0xFF : v);
    }
    b.writeBytes(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return b.toByteArray();
  }

  private String manyParams() {
    int count = 500 + random.nextInt(4_000);
    StringBuilder b = new StringBuilder();
    boolean sameKey = random.nextBoolean();
    for (int i = 0; i < count; i++) {
      b.append(i == 0 ? "" : "&").append(sameKey ? pick(PARAMS) : "p" + i).append('=').append(i % 10);
    }
    return b.toString();
  }

  private String traversal() {
    return pick(new String[] {"/api/recaps/", "/archive/", "/assets/", "/", "/embed/", "/api/"})
        + pick(new String[] {"../../etc/passwd", "..%2f..%2fetc%2fpasswd", "%2e%2e/%2e%2e/pom.xml",
            "....//....//etc/passwd", "..\\..\\windows\\win.ini", "0123456789abcde%00",
            "0123456789ABCDEF", "deadbeefdeadbeef/../../x", "%252e%252e%252f", "/etc/passwd",
            "..;/..;/pom.xml", "index.html/..", "0123456789abcdef/related/../../../x",
            ".git/config", "WEB-INF/web.xml"});
  }

  private String bigHeaders() {
    StringBuilder b = new StringBuilder();
    if (random.nextBoolean()) {
      b.append("X-Big: ").append("a".repeat(4_000 + random.nextInt(60_000))).append("\r\n");
    } else {
      int count = 100 + random.nextInt(900);
      for (int i = 0; i < count; i++) {
        b.append("X-H").append(i).append(": v\r\n");
      }
    }
    return b.toString();
  }

  private byte[] badRequestLine() {
    String line = pick(new String[] {"GET\r\n\r\n", "GET / HTTP/9.9\r\nHost: a\r\n\r\n",
        "GET / HTTP/1.1\r\n\r\n", "\u0000\u0001\u0002\r\n\r\n", "GET http://169.254.169.254/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
        "GET  /  HTTP/1.1\r\nHost: a\r\n\r\n", "GET /api/search?q=a#frag HTTP/1.1\r\nHost: a\r\n\r\n",
        "GET * HTTP/1.1\r\nHost: a\r\n\r\n", "GET / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", "GET / HTTP/1.0\r\n\r\n",
        "GET /api/search?q=a HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: a\r\nbad header line\r\n\r\n"});
    return line.getBytes(StandardCharsets.ISO_8859_1);
  }

  private String randomParams() {
    StringBuilder b = new StringBuilder();
    int count = 1 + random.nextInt(8);
    for (int i = 0; i < count; i++) {
      b.append(i == 0 ? "" : "&").append(pick(PARAMS)).append('=')
          .append(random.nextBoolean() ? encoded(pick(ODD_VALUES)) : encoded(randomText(1 + random.nextInt(40))));
    }
    return b.toString();
  }
}
