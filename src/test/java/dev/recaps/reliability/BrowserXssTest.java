package dev.recaps.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recaps.analysis.AnalyzerFactory;
import dev.recaps.index.RecapIndexer;
import dev.recaps.model.Recap;
import dev.recaps.search.FieldBoosts;
import dev.recaps.search.RecapSearcher;
import dev.recaps.search.TermExpander;
import dev.recaps.web.ArchivedPages;
import dev.recaps.web.Chromium;
import dev.recaps.web.RateLimit;
import dev.recaps.web.WebConfig;
import dev.recaps.web.WebServer;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Fifty classic XSS payloads in every field of indexed recaps, rendered by the search page (results,
 * facets, suggestions), the widget in its Shadow DOM and the iframe page, in real headless
 * Chromium with a trap installed in every frame before any page script runs: nothing executes and
 * no payload becomes an element.
 */
class BrowserXssTest {

  /** Records execution (dialogs, eval-like sinks) and CSP refusals; runs in every frame first. */
  private static final String TRAP = """
      window.__xss = []; window.__csp = [];
      for (const f of ['alert', 'confirm', 'prompt', 'print']) {
        window[f] = (...a) => window.__xss.push(f + ':' + a.join(','));
      }
      document.addEventListener('securitypolicyviolation',
          e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
      """;

  /** Elements a payload made: handlers, script-capable URLs, scripts and styles saying xss. */
  private static final String SCAN = """
      const found = [];
      const danger = /^[\\s\\u0000-\\u001f]*(javascript|vbscript|data)\\s*:/i;
      const marker = /xss(\\d|-url)/;
      const urlAttributes = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'srcset'];
      const visit = (root) => {
        for (const el of root.querySelectorAll('*')) {
          for (const a of el.attributes) {
            const n = a.name.toLowerCase(), v = a.value;
            if (!marker.test(v + n)) continue;
            if (n.startsWith('on') || (urlAttributes.includes(n) && danger.test(v))
                || ['srcdoc', 'style', 'http-equiv'].includes(n)) {
              found.push(el.tagName + ' ' + n + '=' + v);
            }
          }
          if (['SCRIPT', 'STYLE'].includes(el.tagName) && marker.test(el.textContent)) {
            found.push(el.tagName + ' ' + el.textContent);
          }
          if (['IFRAME', 'OBJECT', 'EMBED', 'BASE', 'META', 'SVG', 'MATH', 'IMG', 'VIDEO', 'DETAILS',
               'MARQUEE'].includes(el.tagName.toUpperCase())
              && [...el.attributes].some(a => marker.test(a.value))) {
            found.push('element ' + el.tagName);
          }
          if (el.shadowRoot) visit(el.shadowRoot);
        }
      };
      visit(document);
      return found;
      """;

  @TempDir static Path dir;
  private static RecapSearcher searcher;
  private static WebServer server;
  private static Javalin host;
  private static ChromeDriver browser;
  private static String base;
  private static String hostBase;
  private final List<String> problems = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    Chromium.assumeInstalled();
    AnalyzerFactory analyzers = AnalyzerFactory.withDefaults();
    try (RecapIndexer indexer = RecapIndexer.open(dir.resolve("index"), analyzers)) {
      for (Recap r : XssPayloads.recaps()) {
        indexer.upsert(r);
      }
      indexer.commit();
    }
    searcher = RecapSearcher.open(dir.resolve("index"), analyzers, FieldBoosts.defaults(), TermExpander.NONE);
    server = WebServer.start(searcher, ArchivedPages.NONE, WebConfig.defaults().withPort(0), RateLimit.OFF);
    base = "http://127.0.0.1:" + server.port() + "/";
    host = startHostPages(base);
    hostBase = "http://localhost:" + host.port() + "/";
    // The trap is installed per renderer; keep the cross-origin iframe in the page's process.
    browser = Chromium.start(dir.resolve("profile"),
        "--disable-site-isolation-trials", "--disable-features=IsolateOrigins,site-per-process");
    browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", TRAP));
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (host != null) {
      host.stop();
    }
    if (server != null) {
      server.close();
    }
    if (searcher != null) {
      searcher.close();
    }
  }

  @Test
  void searchPageRendersEveryPayloadAsText() {
    int pages = (XssPayloads.count() + 9) / 10;
    for (int page = 1; page <= pages; page++) {
      browser.get(base + "?q=xssprobe" + (page > 1 ? "&page=" + page : ""));
      waiting().until(d -> !d.findElements(By.cssSelector("#hits .hit")).isEmpty());
      check("search page " + page);
    }
    String text = browser.findElement(By.tagName("body")).getText();
    assertTrue(text.contains("xssprobe"), "the results were rendered: " + text);
    browser.get(base);
    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("xssprob");
    waiting().until(d -> !d.findElements(By.cssSelector("#suggestions li")).isEmpty());
    check("suggestions");
    assertEquals(List.of(), problems);
  }

  @Test
  void widgetRendersEveryPayloadAsTextInItsShadowRoot() {
    for (int group = 0; group < 3; group++) {
      browser.get(hostBase + "widget.html");
      WebElement widget = waiting().until(d -> d.findElement(By.cssSelector("recaps-search")));
      SearchContext shadow = waiting().until(d -> widget.getShadowRoot());
      shadow.findElement(By.cssSelector("input")).sendKeys("xssprobe grp" + group);
      waiting().until(d -> shadow.findElements(By.cssSelector("a.hit")).size() >= 10);
      check("widget group " + group);
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void iframePageRendersEveryPayloadAsText() {
    for (int group = 0; group < 3; group++) {
      browser.get(hostBase + "iframe" + group + ".html");
      browser.switchTo().frame(browser.findElement(By.tagName("iframe")));
      waiting().until(d -> d.findElements(By.cssSelector("#hits .hit")).size() >= 10);
      check("iframe group " + group);
      browser.switchTo().defaultContent();
      check("iframe host page " + group);
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void trapAndScanCatchAPayloadThatDoesRun() {
    browser.get(hostBase + "control.html");
    waiting().until(d -> ((Number) browser.executeScript("return window.__xss.length")).intValue() > 0);
    check("control");
    assertEquals(List.of("control: executed alert:xss0", "control: injected IMG onerror=alert('xss0')",
        "control: injected element IMG"), problems);
  }

  @SuppressWarnings("unchecked")
  private void check(String where) {
    List<Object> executed = (List<Object>) browser.executeScript("return window.__xss || ['trap missing']");
    List<Object> blocked = (List<Object>) browser.executeScript("return window.__csp || []");
    List<Object> injected = (List<Object>) browser.executeScript(SCAN);
    executed.forEach(e -> problems.add(where + ": executed " + e));
    blocked.forEach(e -> problems.add(where + ": injected, blocked by CSP: " + e));
    injected.forEach(e -> problems.add(where + ": injected " + e));
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  /** A wiki on another origin embedding the widget (size 20) and the iframe page per group. */
  private static Javalin startHostPages(String recapsBase) {
    String widget = """
        <!doctype html><html><head><meta charset="utf-8"><title>Wiki</title>
        <script src="%sembed.js" defer></script></head>
        <body><recaps-search size="20"></recaps-search></body></html>""".formatted(recapsBase);
    return Javalin.create(c -> {
      c.startup.showJavalinBanner = false;
      c.routes.get("/widget.html", ctx -> ctx.html(widget));
      c.routes.get("/control.html", ctx -> ctx.html(
          "<!doctype html><body><img src=x onerror=\"alert('xss0')\"><p id=done>ok</p></body>"));
      c.routes.get("/iframe{group}.html", ctx -> ctx.html("""
          <!doctype html><html><head><meta charset="utf-8"><title>Wiki</title></head><body>
          <iframe src="%sembed?q=xssprobe+grp%s&amp;size=20" width="800" height="2000"></iframe>
          </body></html>""".formatted(recapsBase, Integer.parseInt(ctx.pathParam("group")))));
    }).start("127.0.0.1", 0);
  }
}
