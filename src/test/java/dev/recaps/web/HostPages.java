package dev.recaps.web;

import io.javalin.Javalin;

/**
 * A stand-in for a team wiki on another origin: one page with the widget, one with the iframe and
 * a listener that records the heights the iframe reports.
 */
final class HostPages {
  private HostPages() {}

  static Javalin start(String recapsBase) {
    String widget = """
        <!doctype html><html><head><meta charset="utf-8"><title>Team wiki</title>
        <style>a, mark { color: red; font-size: 40px; }</style>
        <script src="%sembed.js" defer></script></head>
        <body><h1>Team wiki</h1>
        <recaps-search placeholder="Search re:Invent recaps" year="2021"></recaps-search>
        </body></html>""".formatted(recapsBase);
    String iframe = """
        <!doctype html><html><head><meta charset="utf-8"><title>Team wiki</title>
        <script src="listener.js"></script></head>
        <body><h1>Team wiki</h1>
        <iframe src="%sembed?q=%%EC%%84%%9C%%EB%%B2%%84%%EB%%A6%%AC%%EC%%8A%%A4&amp;conference=AWS%%20re:Invent&amp;compact=1"
          title="Recaps" width="600" height="100"></iframe>
        </body></html>""".formatted(recapsBase);
    String modal = widget.replace("year=\"2021\"", "mode=\"modal\"");
    String origin = recapsBase.substring(0, recapsBase.length() - 1);
    String listener = """
        window.__heights = [];
        window.addEventListener('message', (e) => {
          if (e.origin === '%s' && e.data && e.data.type === 'recaps:height') {
            window.__heights.push(e.data.height);
            document.querySelector('iframe').height = e.data.height;
          }
        });""".formatted(origin);
    return Javalin.create(c -> {
      c.startup.showJavalinBanner = false;
      c.routes.get("/widget.html", ctx -> ctx.html(widget));
      c.routes.get("/iframe.html", ctx -> ctx.html(iframe));
      c.routes.get("/modal.html", ctx -> ctx.html(modal));
      c.routes.get("/listener.js", ctx -> ctx.contentType("text/javascript").result(listener));
    }).start("127.0.0.1", 0);
  }
}
