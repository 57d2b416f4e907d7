package dev.recaps.bench;

import dev.recaps.bench.SlotFiller.Post;
import dev.recaps.bench.Vocabulary.Author;
import dev.recaps.bench.Vocabulary.Conference;
import dev.recaps.bench.Vocabulary.Topic;
import dev.recaps.model.Enrichment;
import dev.recaps.model.RecapIds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds realistic recap posts deterministically from a seed: recap {@code i} depends only on
 * (seed, i), so any size is a prefix of a larger corpus and posts can be built in any order or in
 * parallel. Korean text reshuffles the sentences of the real recaps in {@code corpus/} (their
 * conference and year rewritten to the post's own) mixed with filled templates; English text comes
 * from templates; mixed posts alternate the two by paragraph.
 */
final class RecapGenerator {
  /** Shortest and longest post body in characters, like real blog posts. */
  static final int MIN_CHARS = 2_000;
  static final int MAX_CHARS = 20_000;
  /** Median body length; lengths are log-normal around it. */
  static final int MEDIAN_CHARS = 4_500;
  static final int FIRST_YEAR = 2015;
  static final int LAST_YEAR = 2025;

  private static final Pattern REINVENT = Pattern.compile("(?i)(AWS\\s+)?re\\s*:\\s*invent");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(201[5-9]|202[0-5])(?!\\d)");

  private final Vocabulary vocabulary;
  private final CorpusSentences corpus;
  private final long seed;
  private final SlotFiller slots;
  private final Map<String, List<Conference>> conferencesByLang;
  private final Map<String, ZipfSampler> conferenceSamplers;
  private final ZipfSampler topicSampler;

  RecapGenerator(Vocabulary vocabulary, CorpusSentences corpus, long seed) {
    this.vocabulary = vocabulary;
    this.corpus = corpus;
    this.seed = seed;
    this.slots = new SlotFiller(vocabulary);
    this.conferencesByLang = Map.of(
        "ko", audience(vocabulary, Set.of("ko", "any")),
        "en", audience(vocabulary, Set.of("en", "any")),
        "mixed", audience(vocabulary, Set.of("ko", "en", "any")));
    this.conferenceSamplers = Map.of(
        "ko", new ZipfSampler(conferencesByLang.get("ko").size(), 0.9),
        "en", new ZipfSampler(conferencesByLang.get("en").size(), 0.9),
        "mixed", new ZipfSampler(conferencesByLang.get("mixed").size(), 0.9));
    this.topicSampler = new ZipfSampler(vocabulary.topics().size(), 0.8);
  }

  private static List<Conference> audience(Vocabulary v, Set<String> audiences) {
    return v.conferences().stream().filter(c -> audiences.contains(c.audience())).toList();
  }

  /** Recap number {@code index} of the corpus for this seed. */
  GeneratedRecap generate(int index) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    String lang = pickLang(random);
    List<Conference> confs = conferencesByLang.get(lang);
    Conference conf = confs.get(conferenceSamplers.get(lang).sample(random));
    int year = Math.max(FIRST_YEAR, conf.firstYear())
        + random.nextInt(Math.min(LAST_YEAR, conf.lastYear()) - Math.max(FIRST_YEAR, conf.firstYear()) + 1);
    Post post = new Post(conf, year, pickSpeakers(conf, random), pickTopics(random));
    Author author = pickAuthor(lang, random);
    String title = slots.fill(pick(vocabulary.titles().get(lang), random), post, random);
    List<String> headings = new ArrayList<>();
    String body = body(lang, post, headings, random);
    LocalDate published = LocalDate.of(year, conf.month(), 1).plusDays(2 + random.nextInt(60));
    if (published.getYear() > LAST_YEAR) {
      published = LocalDate.of(LAST_YEAR, 12, 31);
    }
    String url = "https://" + author.site() + "/" + published.getYear() + "/"
        + slug(conf.name()) + "-" + year + "-recap-" + index;
    List<String> tags = new ArrayList<>(post.topics().stream().map(Topic::slug).toList());
    tags.add(slug(conf.name()));
    Enrichment truth = new Enrichment(conf.name(), null, year, post.speakers(),
        post.topics().stream().map(Topic::slug).toList(), List.of(), Map.of());
    return new GeneratedRecap(index, RecapIds.of(url), url, author.site(), lang, title,
        List.copyOf(headings), body, author.name(), published, List.copyOf(tags), truth);
  }

  private static String pickLang(SplittableRandom random) {
    double p = random.nextDouble();
    return p < 0.5 ? "ko" : p < 0.75 ? "en" : "mixed";
  }

  private List<String> pickSpeakers(Conference conf, SplittableRandom random) {
    List<String> known = vocabulary.speakersOf(conf.name());
    if (known.isEmpty() || random.nextDouble() < 0.3) {
      return List.of();
    }
    ZipfSampler z = new ZipfSampler(known.size(), 1.0);
    Set<String> picked = new LinkedHashSet<>();
    int wanted = 1 + (random.nextDouble() < 0.35 ? 1 : 0) + (random.nextDouble() < 0.1 ? 1 : 0);
    for (int tries = 0; picked.size() < wanted && tries < 10; tries++) {
      picked.add(known.get(z.sample(random)));
    }
    return List.copyOf(picked);
  }

  private List<Topic> pickTopics(SplittableRandom random) {
    int wanted = 1 + random.nextInt(3) + (random.nextDouble() < 0.15 ? 1 : 0);
    Set<Topic> picked = new LinkedHashSet<>();
    for (int tries = 0; picked.size() < wanted && tries < 20; tries++) {
      picked.add(vocabulary.topics().get(topicSampler.sample(random)));
    }
    return List.copyOf(picked);
  }

  private Author pickAuthor(String lang, SplittableRandom random) {
    String authorLang = lang.equals("en") ? "en" : "ko";
    List<Author> candidates = vocabulary.authors().stream().filter(a -> a.lang().equals(authorLang)).toList();
    return candidates.get(random.nextInt(candidates.size()));
  }

  private String body(String lang, Post post, List<String> headings, SplittableRandom random) {
    int target = targetLength(random);
    int sections = Math.max(2, Math.min(8, target / 1_500));
    StringBuilder body = new StringBuilder(target + 400);
    for (int s = 0; s < sections; s++) {
      String heading = slots.fill(pick(vocabulary.headings().get(lang), random), post, random);
      headings.add(heading);
      body.append("## ").append(heading).append("\n\n");
      int sectionEnd = (int) ((long) target * (s + 1) / sections);
      while (body.length() < sectionEnd) {
        String paragraphLang = lang.equals("mixed") ? (random.nextBoolean() ? "ko" : "en") : lang;
        body.append(paragraph(paragraphLang, post, random));
        body.append("\n\n");
      }
    }
    return body.toString().strip() + "\n";
  }

  /** 2–6 sentences; a sentence is not repeated within its paragraph, as no writer would. */
  private String paragraph(String lang, Post post, SplittableRandom random) {
    int wanted = 2 + random.nextInt(5);
    Set<String> sentences = new LinkedHashSet<>();
    for (int tries = 0; sentences.size() < wanted && tries < 3 * wanted; tries++) {
      sentences.add(sentence(lang, post, random));
    }
    return String.join(" ", sentences);
  }

  /** Log-normal around the median, clipped to the range of real posts. */
  private static int targetLength(SplittableRandom random) {
    double length = Math.exp(Math.log(MEDIAN_CHARS) + 0.6 * random.nextGaussian());
    return (int) Math.max(MIN_CHARS, Math.min(MAX_CHARS, length));
  }

  private String sentence(String lang, Post post, SplittableRandom random) {
    if (lang.equals("en")) {
      return slots.fill(pick(vocabulary.sentencesEn(), random), post, random);
    }
    if (random.nextDouble() < 0.55) {
      return retarget(pick(corpus.sentences(), random), post);
    }
    return slots.fill(pick(vocabulary.sentencesKo(), random), post, random);
  }

  /** A real sentence about re:Invent, moved to the post's own conference and year. */
  static String retarget(String sentence, Post post) {
    String s = REINVENT.matcher(sentence).replaceAll(Matcher.quoteReplacement(post.conference().name()));
    s = s.replace("리인벤트", post.conference().koName());
    return YEAR.matcher(s).replaceAll(String.valueOf(post.year()));
  }

  private static String pick(List<String> values, SplittableRandom random) {
    return values.get(random.nextInt(values.size()));
  }

  static String slug(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
