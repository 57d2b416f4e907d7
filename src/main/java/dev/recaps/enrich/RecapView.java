package dev.recaps.enrich;

import dev.recaps.model.Recap;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recap cut into the parts detectors weigh differently: title, tags, path (source and URL),
 * heading lines and body sentences, plus the publication date (stated, or read from a dated URL).
 */
final class RecapView {
  /** Where a piece of text came from, strongest signal first. */
  enum Part {
    TITLE("title"), TAGS("tags"), PATH("path"), HEADING("headings"), BODY("body");

    final String label;

    Part(String label) {
      this.label = label;
    }
  }

  /**
   * A heading line or one body sentence, the scope within which a name and a talk cue must meet.
   *
   * @param line index of the text line it comes from (-1 for title, tags and path)
   */
  record Unit(Part part, String text, int line) {

    Unit(Part part, String text) {
      this(part, text, -1);
    }
  }

  private static final Pattern URL_DATE =
      Pattern.compile("(?<!\\d)(20\\d\\d)[/-](\\d{1,2})[/-](\\d{1,2})(?!\\d)");
  private static final Pattern HEADING_MARK = Pattern.compile("^\\s*#{1,6}\\s*");
  /** Sentence ends: ". " "! " "? " "。" but not after an abbreviation or initial ("Dr. Werner"). */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。])\\s+");
  private static final Set<String> ABBREVIATIONS =
      Set.of("dr.", "mr.", "ms.", "mrs.", "prof.", "st.", "vs.", "e.g.", "i.e.", "etc.", "jr.", "sr.");

  private final Recap recap;
  private final List<Unit> units;

  RecapView(Recap recap) {
    this.recap = recap;
    this.units = cut(recap);
  }

  Recap recap() {
    return recap;
  }

  String title() {
    return recap.title();
  }

  String tags() {
    return String.join(" , ", recap.tags());
  }

  /** The corpus-relative file path or URL plus the canonical URL: both often name the event. */
  String path() {
    String url = recap.url() == null || recap.url().equals(recap.source()) ? "" : " " + recap.url();
    return recap.source() + url;
  }

  String text(Part part) {
    return switch (part) {
      case TITLE -> title();
      case TAGS -> tags();
      case PATH -> path();
      case HEADING, BODY -> joinLines(part);
    };
  }

  /** Units of one part; sentences of one line joined by a space, lines by a line break. */
  private String joinLines(Part part) {
    StringBuilder sb = new StringBuilder();
    int line = Integer.MIN_VALUE;
    for (Unit u : units) {
      if (u.part() != part) {
        continue;
      }
      if (!sb.isEmpty()) {
        sb.append(u.line() == line ? " " : "\n");
      }
      sb.append(u.text());
      line = u.line();
    }
    return sb.toString();
  }

  /** Title first, then every heading line and body sentence in document order. */
  List<Unit> units() {
    return units;
  }

  /** The stated publication date, else a date in the URL or path ({@code /2021/12/31/}), else null. */
  LocalDate published() {
    if (recap.published() != null) {
      return recap.published();
    }
    Matcher m = URL_DATE.matcher(path());
    while (m.find()) {
      try {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
      } catch (DateTimeException notADate) {
        // "2019/13/40" in a path is a version or an id, not a date: look further.
      }
    }
    return null;
  }

  private static List<Unit> cut(Recap recap) {
    Set<String> headings = new HashSet<>();
    recap.headings().forEach(h -> headings.add(normalize(h)));
    List<Unit> units = new ArrayList<>();
    if (!recap.title().isBlank()) {
      units.add(new Unit(Part.TITLE, recap.title().strip()));
    }
    String[] lines = recap.text().split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int index = i;
      String stripped = HEADING_MARK.matcher(line).replaceFirst("").strip();
      if (stripped.isEmpty()) {
        continue;
      }
      boolean heading = HEADING_MARK.matcher(line).find() || headings.contains(normalize(stripped));
      if (heading) {
        units.add(new Unit(Part.HEADING, stripped, index));
      } else {
        sentences(stripped).forEach(s -> units.add(new Unit(Part.BODY, s, index)));
      }
    }
    return List.copyOf(units);
  }

  static List<String> sentences(String line) {
    List<String> out = new ArrayList<>();
    Matcher m = SENTENCE_END.matcher(line);
    int start = 0;
    while (m.find()) {
      String before = line.substring(start, m.start());
      int space = before.lastIndexOf(' ');
      String lastWord = before.substring(space + 1).toLowerCase(Locale.ROOT);
      boolean abbreviation = ABBREVIATIONS.contains(lastWord) || lastWord.matches("\\p{L}\\.");
      if (!abbreviation) {
        out.add(before.strip());
        start = m.end();
      }
    }
    out.add(line.substring(start).strip());
    out.removeIf(String::isEmpty);
    return out;
  }

  private static String normalize(String heading) {
    return HEADING_MARK.matcher(heading).replaceFirst("").strip().toLowerCase(Locale.ROOT);
  }
}
