package dev.recaps.enrich;

import java.util.List;

/**
 * A known speaker: canonical name, aliases (romanized and Hangul, titles stripped) and the
 * conferences they keynote, so query-time expansion and suggestions can use the same knowledge.
 */
public record Speaker(String name, List<String> aliases, List<String> conferences) {

  public Speaker {
    aliases = List.copyOf(aliases);
    conferences = List.copyOf(conferences);
  }
}
