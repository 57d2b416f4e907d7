package dev.recaps.bench;

import dev.recaps.bench.Vocabulary.Conference;
import dev.recaps.bench.Vocabulary.Topic;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the {@code {slot}} placeholders of a template for one post: the post's own conference,
 * year and speakers, mostly its own topics (sometimes another one, as real posts digress), and
 * Zipf-drawn technical terms.
 */
final class SlotFiller {
  private static final Pattern SLOT = Pattern.compile("\\{([a-z_0-9]+)}");

  /** Share of {topic} slots that name one of the post's own topics rather than any topic. */
  static final double OWN_TOPIC_SHARE = 0.75;

  private final Vocabulary vocabulary;
  private final ZipfSampler terms;
  private final ZipfSampler anyTopic;

  SlotFiller(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    this.terms = new ZipfSampler(vocabulary.terms().size(), 1.0);
    this.anyTopic = new ZipfSampler(vocabulary.topics().size(), 1.0);
  }

  /** What the slots of one post are filled from. */
  record Post(Conference conference, int year, List<String> speakers, List<Topic> topics) {}

  String fill(String template, Post post, SplittableRandom random) {
    Topic topic = pickTopic(post, random);
    Matcher m = SLOT.matcher(template);
    StringBuilder out = new StringBuilder(template.length() + 64);
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), post, topic, random)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private Topic pickTopic(Post post, SplittableRandom random) {
    if (!post.topics().isEmpty() && random.nextDouble() < OWN_TOPIC_SHARE) {
      // The main topic (first) comes up most; later topics less.
      int i = Math.min(post.topics().size() - 1, (int) Math.floor(-Math.log(random.nextDouble()) * 0.9));
      return post.topics().get(i);
    }
    return vocabulary.topics().get(anyTopic.sample(random));
  }

  private String value(String slot, Post post, Topic topic, SplittableRandom random) {
    return switch (slot) {
      case "conf" -> post.conference().name();
      case "conf_ko" -> post.conference().koName();
      case "year" -> String.valueOf(post.year());
      case "speaker" -> speaker(post, random);
      case "topic" -> topic.en();
      case "topic_ko" -> topic.ko();
      case "rel" -> topic.related().get(random.nextInt(topic.related().size()));
      case "term", "term2" -> vocabulary.terms().get(terms.sample(random));
      case "city" -> vocabulary.cities().get(random.nextInt(vocabulary.cities().size()));
      case "n" -> String.valueOf(2 + random.nextInt(98));
      case "day" -> String.valueOf(1 + random.nextInt(5));
      default -> throw new IllegalStateException("unknown template slot {" + slot + "}");
    };
  }

  private String speaker(Post post, SplittableRandom random) {
    if (!post.speakers().isEmpty()) {
      return post.speakers().get(random.nextInt(post.speakers().size()));
    }
    List<String> known = vocabulary.speakersOf(post.conference().name());
    return known.isEmpty() ? "the keynote speaker" : known.get(random.nextInt(known.size()));
  }
}
