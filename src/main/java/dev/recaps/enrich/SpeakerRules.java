package dev.recaps.enrich;

import java.util.List;

/**
 * The vocabulary that decides whether a name in a recap is a speaker: words that signal a talk,
 * labels such as "발표자:", titles and honorifics to strip, Korean surnames for the name shape, and
 * names that are never people (companies, products, places, generic words).
 *
 * @param cues words that put a name in a talk context ({@code keynote}, {@code 키노트}, {@code 발표})
 * @param keynoteCues cues that follow a person's name directly ("Werner Vogels 키노트"), unlike
 *     "세션" or "발표", which follow a session title as often as a person
 * @param labels words that introduce a speaker before a colon ({@code speaker}, {@code 발표자})
 * @param titles prefixes stripped from a name ({@code Dr.}, {@code Prof.})
 * @param honorifics Korean or job-title suffixes stripped from a name ({@code 님}, {@code 박사님}, {@code CTO})
 * @param koreanSurnames first syllables (or two) a Hangul name must start with
 * @param notSpeakers phrases that are never a speaker; a candidate containing one is rejected
 */
public record SpeakerRules(
    List<String> cues,
    List<String> keynoteCues,
    List<String> labels,
    List<String> titles,
    List<String> honorifics,
    List<String> koreanSurnames,
    List<String> notSpeakers) {

  public SpeakerRules {
    cues = List.copyOf(cues);
    keynoteCues = List.copyOf(keynoteCues);
    labels = List.copyOf(labels);
    titles = List.copyOf(titles);
    honorifics = List.copyOf(honorifics);
    koreanSurnames = List.copyOf(koreanSurnames);
    notSpeakers = List.copyOf(notSpeakers);
  }
}
