package dev.recaps.enrich;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The loaded dictionaries (conferences, speakers, topics), shared with later stages for query-time
 * alias expansion and suggestions; lookups ignore case, spaces and punctuation.
 */
public record Knowledge(List<Conference> conferences, List<Speaker> speakers, List<Topic> topics) {

  public Knowledge {
    conferences = List.copyOf(conferences);
    speakers = List.copyOf(speakers);
    topics = List.copyOf(topics);
  }

  /** The conference whose canonical name, alias or edition alias is {@code nameOrAlias}. */
  public Optional<Conference> conference(String nameOrAlias) {
    String key = Aliases.key(nameOrAlias);
    return conferences.stream()
        .filter(c -> names(c).anyMatch(n -> Aliases.key(n).equals(key)))
        .findFirst();
  }

  /** The speaker whose canonical name or alias is {@code nameOrAlias}. */
  public Optional<Speaker> speaker(String nameOrAlias) {
    String key = Aliases.key(nameOrAlias);
    return speakers.stream()
        .filter(s -> Stream.concat(Stream.of(s.name()), s.aliases().stream())
            .anyMatch(n -> Aliases.key(n).equals(key)))
        .findFirst();
  }

  /** The topic whose slug or Korean or English label is {@code slugOrLabel}. */
  public Optional<Topic> topic(String slugOrLabel) {
    String key = Aliases.key(slugOrLabel);
    return topics.stream()
        .filter(t -> Stream.of(t.slug(), t.labelKo(), t.labelEn())
            .anyMatch(n -> Aliases.key(n).equals(key)))
        .findFirst();
  }

  /** Every name a conference is known by: canonical name, aliases and edition aliases. */
  static Stream<String> names(Conference c) {
    return Stream.concat(
        Stream.concat(Stream.of(c.name()), c.aliases().stream()),
        c.editions().values().stream().flatMap(List::stream));
  }
}
