package dev.recaps.reliability;

import dev.recaps.model.Enrichment;
import dev.recaps.model.Recap;
import dev.recaps.model.RecapIds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Classic XSS payloads (OWASP cheat sheet, PortSwigger, mutation XSS) planted in every field a
 * recap shows: title, author, tags, body, URL, conference, speaker and topic. Each payload says
 * {@code xss} so a scan can tell an injected element from the page's own.
 */
final class XssPayloads {
  static final List<String> MARKUP = List.of(
      "<script>alert('xss1')</script>",
      "<img src=x onerror=alert('xss2')>",
      "<svg onload=alert('xss3')>",
      "<svg><script>alert('xss4')</script></svg>",
      "\"><script>alert('xss5')</script>",
      "'><img src=x onerror=alert('xss6')>",
      "javascript:alert('xss7')",
      "<a href=\"javascript:alert('xss8')\">click</a>",
      "<iframe src=\"javascript:alert('xss9')\"></iframe>",
      "<body onload=alert('xss10')>",
      "<details open ontoggle=alert('xss11')>",
      "<input autofocus onfocus=alert('xss12')>",
      "<marquee onstart=alert('xss13')>",
      "<video><source onerror=alert('xss14')></video>",
      "<math><mtext><table><mglyph><style><img src=x onerror=alert('xss15')>",
      "<noscript><p title=\"</noscript><img src=x onerror=alert('xss16')>\">",
      "</title><script>alert('xss17')</script>",
      "</textarea><script>alert('xss18')</script>",
      "<mark onmouseover=alert('xss19') style=display:block;height:2000px>x</mark>",
      "</mark><img src=x onerror=alert('xss20')><mark>",
      "&lt;img src=x onerror=alert('xss21')&gt;",
      "&#60;script&#62;alert('xss22')&#60;/script&#62;",
      "<object data=\"javascript:alert('xss23')\">",
      "<embed src=\"javascript:alert('xss24')\">",
      "<form><button formaction=javascript:alert('xss25')>x</button></form>",
      "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert('xss26')\">",
      "<base href=\"javascript:alert('xss27')//\">",
      "<style>@import 'javascript:alert(\"xss28\")';</style>",
      "{{constructor.constructor('alert(\"xss29\")')()}}",
      "${alert('xss30')}",
      "<img src=x onerror=\"&#97;lert('xss31')\">",
      "<scr<script>ipt>alert('xss32')</scr</script>ipt>",
      "<svg><animate onbegin=alert('xss33') attributeName=x dur=1s>",
      "\\u003cimg src=x onerror=alert('xss34')\\u003e",
      "<img src=x onerror=alert('xss35')//",
      "\"-alert('xss36')-\"",
      "</script><script>alert('xss37')</script>",
      "<a href=\"&#106;avascript:alert('xss38')\">x</a>",
      "<img src=x:alert(alt) onerror=eval(src) alt='xss39'>",
      "<svg><foreignObject><iframe srcdoc=\"<script>parent.alert('xss40')</script>\"></iframe>");

  /** Extra values for the URL field, where a link's scheme is the danger. */
  static final List<String> URLS = List.of(
      "javascript:alert('xss-url1')", "JaVaScRiPt:alert('xss-url2')", " javascript:alert('xss-url3')",
      "java\tscript:alert('xss-url4')", "data:text/html,<script>alert('xss-url5')</script>",
      "vbscript:msgbox('xss-url6')", "https://blog.example.com/\"><img src=x onerror=alert('xss-url7')>",
      "https://blog.example.com/' onmouseover='alert(`xss-url8`)", "//evil.example/xss-url9",
      "javascript://blog.example.com/%0Aalert('xss-url10')");

  private XssPayloads() {}

  static int count() {
    return MARKUP.size() + URLS.size();
  }

  /** One recap per payload, in every field; {@code xssprobe} finds them all, grpN a third. */
  static List<Recap> recaps() {
    List<Recap> out = new ArrayList<>();
    for (int i = 0; i < count(); i++) {
      String payload = i < MARKUP.size() ? MARKUP.get(i) : MARKUP.get(i % MARKUP.size());
      String url = i < MARKUP.size() ? payload : URLS.get(i - MARKUP.size());
      String source = "xss/" + i + ".md";
      out.add(new Recap(RecapIds.of(source), source, url, "blog.example.com",
          "xssprobe grp" + (i % 3) + " " + payload, "xssprobe grp" + (i % 3) + " 서버리스 본문 " + payload
              + "\n\n" + payload + " keynote",
          List.of(payload), payload, LocalDate.of(2024, 1 + i % 12, 1), List.of(payload, "recap"),
          "mixed", Map.of(),
          new Enrichment(payload, null, 2024, List.of(payload), List.of(payload), List.of(), Map.of()),
          null, false));
    }
    return out;
  }
}
