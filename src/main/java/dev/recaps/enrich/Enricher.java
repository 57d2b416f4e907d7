package dev.recaps.enrich;

import dev.recaps.model.Enrichment;
import dev.recaps.model.Evidence;
import dev.recaps.model.Recap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The enrich stage: fills conference, edition, year, speakers, topics and language of a recap from
 * the dictionaries, keeping the evidence for each; values the user set in front matter win.
 */
public final class Enricher {
  private final Knowledge knowledge;
  private final Overrides overrides;
  private final ConferenceDetector conferences;
  private final YearDetector years = new YearDetector();
  private final SpeakerDetector speakers;
  private final TopicDetector topics;
  private final LanguageDetector languages = new LanguageDetector();

  private Enricher(KnowledgeLoader.Loaded loaded) {
    this.knowledge = loaded.knowledge();
    this.overrides = new Overrides(knowledge);
    this.conferences = new ConferenceDetector(knowledge.conferences());
    this.speakers = new SpeakerDetector(knowledge, loaded.rules());
    this.topics = new TopicDetector(knowledge.topics());
  }

  /** An enricher with the bundled dictionaries only. */
  public static Enricher withDefaults() {
    List<String> problems = new ArrayList<>();
    try {
      Enricher enricher = new Enricher(new KnowledgeLoader(problems::add).load(null));
      if (!problems.isEmpty()) {
        throw new IllegalStateException("bundled dictionaries are malformed: " + problems);
      }
      return enricher;
    } catch (IOException e) {
      throw new UncheckedIOException("bundled dictionaries cannot be read", e);
    }
  }

  /**
   * An enricher with the bundled dictionaries plus the files of the same names in {@code userDir}
   * ({@code conferences.txt}, {@code speakers.txt}, {@code topics.txt}, {@code speaker-rules.txt},
   * {@code not-speakers.txt}); a missing directory or file adds nothing.
   *
   * @param warnings receives "file:line: why" for every malformed line, which is skipped
   * @throws IllegalArgumentException when an alias names two different canonical entries
   */
  public static Enricher load(Path userDir, Consumer<String> warnings) throws IOException {
    return new Enricher(new KnowledgeLoader(warnings).load(userDir));
  }

  /** The loaded dictionaries, for query-time alias expansion and suggestions. */
  public Knowledge knowledge() {
    return knowledge;
  }

  /** The recap with its enrichment (and refined language); any text is accepted. */
  public Recap enrich(Recap recap) {
    return explain(recap).recap();
  }

  /** Enriches and also returns every candidate weighed, for {@code recaps enrich --explain}. */
  public Explanation explain(Recap recap) {
    RecapView view = new RecapView(recap);
    Map<String, String> given = recap.overrides();
    Map<String, List<String>> notes = new HashMap<>();
    Map<String, Evidence> evidence = new LinkedHashMap<>();

    ConferenceDetector.Result conference = conference(view, given);
    record(evidence, notes, "conference", conference.detection());

    List<String> yearNotes = new ArrayList<>();
    Detection<Integer> year = overrides.year(given, yearNotes).orElseGet(() -> years.detect(view, conference));
    yearNotes.addAll(year.notes());
    record(evidence, notes, "year", new Detection<>(year.value(), year.evidence(), yearNotes));

    Detection<List<String>> people = overrides.speakers(given).orElseGet(() -> speakers.detect(view));
    record(evidence, notes, "speakers", people);
    Detection<List<String>> subjects = overrides.topics(given).orElseGet(() -> topics.detect(view));
    record(evidence, notes, "topics", subjects);

    Detection<String> lang = languages.detect(recap);
    record(evidence, notes, "lang", lang);
    String language = lang.value() != null ? lang.value() : recap.lang();

    Enrichment enrichment = new Enrichment(conference.detection().value(), conference.edition(), year.value(),
        people.value(), subjects.value(), conference.mentions(), evidence);
    return new Explanation(recap.withLang(language).withEnrichment(enrichment), notes);
  }

  private ConferenceDetector.Result conference(RecapView view, Map<String, String> given) {
    Optional<Detection<String>> forced = overrides.conference(given);
    if (forced.isEmpty()) {
      return conferences.detect(view);
    }
    Optional<Conference> known = overrides.known(forced.get().value());
    if (known.isEmpty()) {
      return new ConferenceDetector.Result(forced.get(), null, null, List.of(), List.of());
    }
    return conferences.forced(view, known.get(), overrides.edition(given, known.get()), forced.get());
  }

  private static void record(Map<String, Evidence> evidence, Map<String, List<String>> notes, String field,
      Detection<?> detection) {
    if (detection.evidence() != null) {
      evidence.put(field, detection.evidence());
    }
    notes.put(field, detection.notes());
  }
}
