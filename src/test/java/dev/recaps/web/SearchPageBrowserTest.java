package dev.recaps.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recaps.model.Suggestion;
import dev.recaps.search.RecapSearcher;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page, the widget and the iframe page in a real headless Chromium, against a real
 * index; the widget and iframe run on a host page served from a second server (another origin).
 */
class SearchPageBrowserTest {
  @TempDir static Path dir;
  static RecapSearcher searcher;
  static WebServer server;
  static Javalin host;
  static ChromeDriver browser;
  static String base;
  static String hostBase;

  @BeforeAll
  static void start() throws Exception {
    Chromium.assumeInstalled();
    searcher = TestRecaps.index(dir.resolve("index"));
    server = WebServer.start(searcher, ArchivedPages.NONE, new WebConfig("127.0.0.1", 0, List.of(), List.of(), "", null));
    base = "http://127.0.0.1:" + server.port() + "/";
    host = HostPages.start(base);
    hostBase = "http://localhost:" + host.port() + "/";
    browser = Chromium.start(dir.resolve("profile"));
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

  @BeforeEach
  void freshPage() {
    browser.manage().deleteAllCookies();
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(10));
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  private static void search(String query) {
    WebElement box = browser.findElement(By.id("q"));
    box.clear();
    box.sendKeys(query, Keys.ENTER);
  }

  private static String facetCount(String dim, String value) {
    WebElement box = browser.findElement(By.cssSelector(
        "fieldset[data-dim='" + dim + "'] input[data-value='" + value + "']"));
    return box.findElement(By.xpath("following-sibling::label/span[@class='count']")).getText();
  }

  @Test
  void koreanQueryShowsHighlightedResultsAndFacetCounts() throws Exception {
    severeConsoleMessages(); // reading the log empties it: start from this page only
    browser.get(base);
    waiting().until(d -> !d.findElements(By.cssSelector("#hits .hit")).isEmpty());
    search("서버리스");
    waitForStatusStartsWith("2 recaps");
    waiting().until(d -> d.getCurrentUrl().endsWith("/?q=%EC%84%9C%EB%B2%84%EB%A6%AC%EC%8A%A4"));
    List<WebElement> marks = browser.findElements(By.cssSelector("#hits .hit .snippet mark"));
    assertFalse(marks.isEmpty());
    assertEquals("서버리스", marks.get(0).getText());
    assertEquals("1", facetCount("year", "2019"));
    assertEquals("1", facetCount("year", "2021"));
    assertEquals("2", facetCount("conference", "AWS re:Invent"));
    assertEquals(List.of(), severeConsoleMessages());
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.createDirectories(Path.of("docs"));
    Files.copy(shot, Path.of("docs", "screenshot.png"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void twoTickedYearsShowEitherAndTheUrlKeepsTheStateThroughReloadAndBack() {
    browser.get(base);
    waitForStatusStartsWith("6 recaps");
    tick("year", "2019");
    waitForStatusStartsWith("2 recaps");
    tick("year", "2021");
    waitForStatusStartsWith("3 recaps");
    assertEquals("1", facetCount("year", "2023")); // counts of the year facet ignore the year selection
    assertEquals("2", facetCount("year", "2020"));
    assertEquals("2", facetCount("conference", "AWS re:Invent")); // other facets count the selection
    assertEquals("1", facetCount("conference", "DEVIEW"));
    assertTrue(browser.getCurrentUrl().endsWith("/?year=2019&year=2021"), browser.getCurrentUrl());
    browser.navigate().refresh();
    waitForStatusStartsWith("3 recaps");
    assertTrue(checkbox("year", "2019").isSelected());
    assertTrue(checkbox("year", "2021").isSelected());
    assertEquals("true", browser.findElement(By.cssSelector(".bar-button[data-year='2021']")).getAttribute("aria-pressed"));
    browser.navigate().back();
    waitForStatusStartsWith("2 recaps");
    assertTrue(checkbox("year", "2019").isSelected());
    assertFalse(checkbox("year", "2021").isSelected());
    browser.findElement(By.cssSelector(".bar-button[data-year='2023']")).click();
    waitForStatusStartsWith("3 recaps");
    assertTrue(browser.getCurrentUrl().endsWith("/?year=2019&year=2023"), browser.getCurrentUrl());
  }

  @Test
  void speakerChipLinksToAllRecapsOfThatSpeaker() {
    browser.get(base + "?q=" + java.net.URLEncoder.encode("서버리스", java.nio.charset.StandardCharsets.UTF_8));
    waitForStatusStartsWith("2 recaps");
    browser.findElement(By.cssSelector("a.chip.speaker[href*='Adam']")).click();
    waitForStatusStartsWith("2 recaps");
    assertTrue(browser.getCurrentUrl().endsWith("/?speaker=Adam+Selipsky&sort=newest"), browser.getCurrentUrl());
    assertTrue(checkbox("speaker", "Adam Selipsky").isSelected());
  }

  @Test
  void zeroResultsOfferToRemoveAFilter() {
    browser.get(base + "?q=kubernetes&year=2019");
    waiting().until(d -> d.findElement(By.id("empty")).isDisplayed());
    WebElement removal = browser.findElement(By.cssSelector("#empty .removals a"));
    assertEquals("Remove Year: 2019", removal.getText());
    removal.click();
    waitForStatusStartsWith("1 recap");
  }

  @Test
  void suggestionsWaitForKoreanCompositionToEnd() {
    browser.get(base);
    waitForStatusStartsWith("6 recaps");
    List<Suggestion> expected = searcher.suggest("ㅅㅂㄹㅅ", SearchRoutes.DEFAULT_SUGGESTIONS);
    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("ㅅㅂㄹㅅ");
    if (!expected.isEmpty()) {
      waiting().until(d -> !d.findElements(By.cssSelector("#suggestions li")).isEmpty());
      assertEquals(expected.get(0).text(), browser.findElement(By.cssSelector("#suggestions li .suggestion-text")).getText());
    }
    waiting().until(d -> suggestRequests() == 1); // typed without an IME: one request after the pause
    box.clear();
    sleep(300);
    long before = suggestRequests();
    // What an IME does while a syllable is being built: composition events around input events.
    js("const q = document.getElementById('q');"
        + "q.dispatchEvent(new CompositionEvent('compositionstart', {data: ''}));"
        + "for (const v of ['ㅅ', '서', '섭', '서버']) { q.value = v;"
        + " q.dispatchEvent(new InputEvent('input', {data: v, isComposing: true, inputType: 'insertCompositionText'})); }");
    sleep(500);
    assertEquals(before, suggestRequests(), "no suggestion request while composing");
    js("document.getElementById('q').dispatchEvent(new CompositionEvent('compositionend', {data: '서버'}));");
    waiting().until(d -> suggestRequests() == before + 1);
    assertEquals("서버", box.getDomProperty("value"));
  }

  @Test
  void slashAndCtrlKFocusTheSearchBox() {
    browser.get(base);
    waitForStatusStartsWith("6 recaps");
    browser.findElement(By.tagName("body")).click();
    js("document.activeElement.blur()");
    browser.findElement(By.tagName("body")).sendKeys("/");
    assertEquals("q", js("return document.activeElement.id"));
    js("document.activeElement.blur()");
    browser.findElement(By.tagName("body")).sendKeys(Keys.chord(Keys.CONTROL, "k"));
    assertEquals("q", js("return document.activeElement.id"));
  }

  @Test
  void hostileTitleAuthorAndBodyRenderAsTextAndRunNothing() {
    browser.get(base);
    waitForStatusStartsWith("6 recaps");
    js("window.__xss = false;");
    search("보안");
    waitForStatusStartsWith("1 recap");
    WebElement hit = browser.findElement(By.cssSelector("#hits .hit"));
    assertEquals(TestRecaps.IMG_PAYLOAD + " 보안 테스트 리캡", hit.findElement(By.cssSelector(".hit-title")).getText());
    assertEquals(TestRecaps.SCRIPT_PAYLOAD, hit.findElement(By.cssSelector(".author")).getText());
    assertTrue(hit.findElement(By.cssSelector(".snippet")).getText().contains(TestRecaps.SCRIPT_PAYLOAD));
    assertTrue(hit.findElements(By.cssSelector("img, script, svg")).isEmpty());
    assertEquals(0L, js("return document.querySelectorAll('#hits img, #hits script, #facets svg, #facets img').length"));
    assertEquals(false, js("return window.__xss"));
  }

  @Test
  void widgetOnAnotherOriginShowsResultsInsideItsShadowRoot() {
    browser.get(hostBase + "widget.html");
    js("window.__xss = false;");
    WebElement widget = waiting().until(d -> d.findElement(By.cssSelector("recaps-search")));
    SearchContext shadow = waiting().until(d -> widget.getShadowRoot());
    shadow.findElement(By.cssSelector("input")).sendKeys("서버리스");
    waiting().until(d -> !shadow.findElements(By.cssSelector("a.hit")).isEmpty());
    List<WebElement> hits = shadow.findElements(By.cssSelector("a.hit"));
    assertEquals(1, hits.size()); // the year="2021" preset filters out 2019
    assertEquals("re:Invent 2021 참관기: 서버리스와 컨테이너", hits.get(0).findElement(By.cssSelector(".title")).getText());
    assertEquals("https://tech.example.com/reinvent-2021-recap", hits.get(0).getAttribute("href"));
    assertEquals(0L, js("return document.querySelectorAll('a.hit, mark').length"), "nothing leaks into the host page");
    WebElement input = shadow.findElement(By.cssSelector("input"));
    input.clear();
    js("arguments[0].removeAttribute('year')", widget);
    input.sendKeys("보안");
    waiting().until(d -> shadow.findElements(By.cssSelector("a.hit .title")).stream()
        .anyMatch(t -> t.getText().equals(TestRecaps.IMG_PAYLOAD + " 보안 테스트 리캡")));
    assertEquals(false, js("return window.__xss"));
  }

  @Test
  void modalWidgetOpensWithCtrlKAndSearches() {
    browser.get(hostBase + "modal.html");
    WebElement widget = waiting().until(d -> d.findElement(By.cssSelector("recaps-search")));
    SearchContext shadow = waiting().until(d -> widget.getShadowRoot());
    waiting().until(d -> !shadow.findElements(By.cssSelector("button.trigger")).isEmpty());
    assertEquals(false, js("return arguments[0].shadowRoot.querySelector('dialog').open", widget));
    new Actions(browser).keyDown(Keys.CONTROL).sendKeys("k").keyUp(Keys.CONTROL).perform();
    waiting().until(d -> Boolean.TRUE.equals(js("return arguments[0].shadowRoot.querySelector('dialog').open", widget)));
    new Actions(browser).sendKeys("kubernetes").perform();
    waiting().until(d -> !shadow.findElements(By.cssSelector("dialog a.hit")).isEmpty());
    assertEquals("KubeCon 2020 recap: Kubernetes operators everywhere",
        shadow.findElement(By.cssSelector("dialog a.hit .title")).getText());
  }

  @Test
  void iframePageReportsItsHeightToTheHostPage() {
    browser.get(hostBase + "iframe.html");
    Long height = waiting().until(d -> (Long) js("return window.__heights.length ? window.__heights.at(-1) : null"));
    assertTrue(height > 80, "height " + height);
    browser.switchTo().frame(browser.findElement(By.tagName("iframe")));
    waiting().until(d -> !d.findElements(By.cssSelector("#hits .hit")).isEmpty());
    browser.switchTo().defaultContent();
  }

  private static void waitForStatusStartsWith(String prefix) {
    waiting().until(d -> d.findElement(By.id("status")).getText().startsWith(prefix + " ·"));
  }

  private static WebElement checkbox(String dim, String value) {
    return browser.findElement(By.cssSelector("fieldset[data-dim='" + dim + "'] input[data-value='" + value + "']"));
  }

  private static void tick(String dim, String value) {
    WebElement box = checkbox(dim, value);
    browser.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).click();
  }

  private static long suggestRequests() {
    return (Long) js("return performance.getEntriesByType('resource').filter(e => e.name.includes('/api/suggest')).length");
  }

  private static List<String> severeConsoleMessages() {
    return browser.manage().logs().get("browser").getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
        .filter(m -> !m.startsWith(hostBase)).toList();
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

}
