package dev.recaps.enrich;

import dev.recaps.enrich.DataFile.Row;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Loads the bundled dictionaries and merges the files of the same name from a user directory;
 * a malformed line is skipped with a warning naming file and line, an ambiguous alias stops the load.
 */
final class KnowledgeLoader {
  static final String CONFERENCES = "conferences.txt";
  static final String SPEAKERS = "speakers.txt";
  static final String TOPICS = "topics.txt";
  static final String SPEAKER_RULES = "speaker-rules.txt";
  static final String NOT_SPEAKERS = "not-speakers.txt";

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern SESSION_CODE = Pattern.compile("[A-Z]{2,5}");

  /** Everything the detectors need. */
  record Loaded(Knowledge knowledge, SpeakerRules rules) {}

  private final Consumer<String> warnings;

  KnowledgeLoader(Consumer<String> warnings) {
    this.warnings = warnings;
  }

  /** Bundled files plus, when {@code userDir} is not null and exists, the user's files merged in. */
  Loaded load(Path userDir) throws IOException {
    if (userDir != null && Files.exists(userDir) && !Files.isDirectory(userDir)) {
      throw new IOException(userDir + ": dictionary directory is not a directory");
    }
    DictionaryMerger merger = new DictionaryMerger();
    RuleLists rules = new RuleLists();
    readAll(null, merger, rules);
    if (userDir != null && Files.isDirectory(userDir)) {
      readAll(userDir, merger, rules);
    }
    return new Loaded(merger.knowledge(), rules.toRules());
  }

  /** The speaker-rule lists as they accumulate over bundled and user files. */
  private record RuleLists(
      List<String> cues,
      List<String> keynoteCues,
      List<String> labels,
      List<String> titles,
      List<String> honorifics,
      List<String> surnames,
      List<String> notSpeakers) {

    RuleLists() {
      this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
          new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    SpeakerRules toRules() {
      return new SpeakerRules(cues, keynoteCues, labels, titles, honorifics, surnames, notSpeakers);
    }
  }

  /** Reads the five files of one directory ({@code null}: the bundled ones). */
  private void readAll(Path dir, DictionaryMerger merger, RuleLists rules) throws IOException {
    rows(dir, CONFERENCES).forEach(r -> conference(r, merger));
    rows(dir, SPEAKERS).forEach(r -> speaker(r, merger));
    rows(dir, TOPICS).forEach(r -> topic(r, merger));
    for (Row r : rows(dir, SPEAKER_RULES)) {
      switch (r.column(0)) {
        case "cue" -> rules.cues().addAll(r.list(1));
        case "keynote-cue" -> {
          rules.keynoteCues().addAll(r.list(1));
          rules.cues().addAll(r.list(1));
        }
        case "label" -> rules.labels().addAll(r.list(1));
        case "title" -> rules.titles().addAll(r.list(1));
        case "honorific" -> rules.honorifics().addAll(r.list(1));
        case "surname-ko" -> rules.surnames().addAll(r.list(1));
        default -> warn(r, "unknown kind '" + r.column(0)
            + "' (expected cue, keynote-cue, label, title, honorific or surname-ko)");
      }
    }
    rows(dir, NOT_SPEAKERS).forEach(r -> rules.notSpeakers().addAll(r.list(0)));
  }

  private List<Row> rows(Path dir, String name) throws IOException {
    if (dir == null) {
      try (InputStream in = KnowledgeLoader.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IOException("bundled dictionary " + name + " is missing from the class path");
        }
        return DataFile.read(name, in);
      }
    }
    Path file = dir.resolve(name);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try (InputStream in = Files.newInputStream(file)) {
      return DataFile.read(file.toString(), in);
    }
  }

  private void conference(Row r, DictionaryMerger merger) {
    if (r.columns().size() < 2 || r.columns().size() > 4 || r.column(0).isEmpty()) {
      warn(r, "expected 'name | aliases | months | editions', got " + r.columns().size() + " column(s)");
      return;
    }
    List<Integer> months = new ArrayList<>();
    for (String m : r.list(2)) {
      if (!m.matches("\\d{1,2}") || Integer.parseInt(m) < 1 || Integer.parseInt(m) > 12) {
        warn(r, "month '" + m + "' is not a number from 1 to 12");
        return;
      }
      months.add(Integer.parseInt(m));
    }
    var editions = new java.util.LinkedHashMap<String, List<String>>();
    for (String edition : DataFile.split(r.column(3), ";")) {
      int eq = edition.indexOf('=');
      if (eq <= 0) {
        warn(r, "edition '" + edition + "' must look like 'Seoul = alias, alias'");
        return;
      }
      editions.put(edition.substring(0, eq).strip(), DataFile.split(edition.substring(eq + 1), ","));
    }
    merger.add(new Conference(r.column(0), r.list(1), months, editions), r.where());
  }

  private void speaker(Row r, DictionaryMerger merger) {
    if (r.columns().size() < 2 || r.columns().size() > 3 || r.column(0).isEmpty()) {
      warn(r, "expected 'name | aliases | conferences', got " + r.columns().size() + " column(s)");
      return;
    }
    merger.add(new Speaker(r.column(0), r.list(1), r.list(2)), r.where());
  }

  private void topic(Row r, DictionaryMerger merger) {
    if (r.columns().size() < 4 || r.columns().size() > 5) {
      warn(r, "expected 'slug | label ko | label en | keywords | session codes', got "
          + r.columns().size() + " column(s)");
      return;
    }
    if (!SLUG.matcher(r.column(0)).matches()) {
      warn(r, "slug '" + r.column(0) + "' must be lower-case words joined by '-'");
      return;
    }
    List<String> codes = r.list(4);
    for (String code : codes) {
      if (!SESSION_CODE.matcher(code).matches()) {
        warn(r, "session code prefix '" + code + "' must be 2-5 capital letters");
        return;
      }
    }
    merger.add(new Topic(r.column(0), r.column(1), r.column(2), r.list(3), codes), r.where());
  }

  private void warn(Row r, String why) {
    warnings.accept(r.where() + ": " + why + "; line skipped");
  }
}
