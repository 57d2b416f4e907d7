package dev.recaps.search;

import static dev.recaps.index.IndexSchema.*;

import dev.recaps.analysis.AnalyzerFactory;
import dev.recaps.analysis.Hangul;
import dev.recaps.search.ParsedQuery.Clause;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link ParsedQuery} into a Lucene query: each word is searched in every text field
 * (best field wins, others add a little), expanded with its equivalents, and enough words must
 * match (a one-word query its word, a longer one at least half of its words).
 */
public final class LuceneQueryBuilder {
  /**
   * Queries with at most this many groups require every group; longer ones need {@link
   * #LONG_QUERY_SHARE}. Chosen with the relevance harness (docs/relevance.md): requiring every word
   * of two- and three-word queries lost the answer whenever one word was generic (후기, 도입, 팁) or
   * written in the other language or script in the recap, and BM25 still ranks recaps matching
   * more words first.
   */
  public static final int ALL_REQUIRED_UP_TO = 1;

  /** Share of the groups (rounded up) a query longer than {@link #ALL_REQUIRED_UP_TO} requires. */
  public static final float LONG_QUERY_SHARE = 0.5f;

  /** A prefix expands to at most this many terms per field, scored by frequency. */
  static final int MAX_PREFIX_TERMS = 64;

  private final FieldQueries text;
  private final FieldBoosts boosts;
  private final TermExpander expander;
  private final MatchPolicy match;

  public LuceneQueryBuilder(AnalyzerFactory analyzers, FieldBoosts boosts, TermExpander expander) {
    this(analyzers, boosts, expander, MatchPolicy.defaults());
  }

  public LuceneQueryBuilder(AnalyzerFactory analyzers, FieldBoosts boosts, TermExpander expander,
      MatchPolicy match) {
    this.text = new FieldQueries(analyzers.text());
    this.boosts = boosts;
    this.expander = expander;
    this.match = match;
  }

  /** The query for all hits; {@code null} when the input had text but nothing searchable. */
  public Query build(ParsedQuery parsed) {
    return build(parsed, TermExpander.NONE);
  }

  /**
   * Like {@link #build(ParsedQuery)}, also expanding words with {@code extra} equivalences (the
   * pairs mined from the current index reader).
   */
  public Query build(ParsedQuery parsed, TermExpander extra) {
    TermExpander all = word -> {
      Set<String> out = new java.util.LinkedHashSet<>(expander.equivalents(word));
      out.addAll(extra.equivalents(word));
      out.removeIf(e -> e.equalsIgnoreCase(word));
      return out;
    };
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    List<Query> groups = new ArrayList<>();
    for (List<Clause> group : joinMultiWordTerms(parsed.groups(), all)) {
      Query g = group(group, all);
      if (g != null) {
        groups.add(g);
      }
    }
    if (groups.isEmpty() && !parsed.groups().isEmpty()) {
      return null;
    }
    int required = match.required(groups.size());
    if (required == groups.size()) {
      groups.forEach(g -> b.add(g, Occur.MUST));
    } else {
      groups.forEach(g -> b.add(g, Occur.SHOULD));
      b.setMinimumNumberShouldMatch(required);
    }
    if (groups.isEmpty()) {
      b.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    for (Clause c : parsed.excluded()) {
      Query q = clause(c, all);
      if (q != null) {
        b.add(q, Occur.MUST_NOT);
      }
    }
    return b.build();
  }

  /** Longest run of adjacent plain words tried as one dictionary entry ("werner vogels"). */
  static final int MAX_TERM_WORDS = 3;

  /**
   * Joins adjacent plain words that together are a known multi-word term ({@code 베르너 보겔스},
   * {@code event driven architecture}) into one clause, so its equivalents apply and it counts as
   * one word for how many words must match.
   */
  static List<List<Clause>> joinMultiWordTerms(List<List<Clause>> groups, TermExpander ex) {
    List<List<Clause>> out = new ArrayList<>();
    int i = 0;
    while (i < groups.size()) {
      int joined = 1;
      for (int n = Math.min(MAX_TERM_WORDS, groups.size() - i); n >= 2; n--) {
        String text = plainWords(groups.subList(i, i + n));
        if (text != null && !ex.equivalents(text).isEmpty()) {
          out.add(List.of(new Clause(ParsedQuery.Kind.WORD, null, text, 0, 0)));
          joined = n;
          break;
        }
      }
      if (joined == 1) {
        out.add(groups.get(i));
      }
      i += joined;
    }
    return out;
  }

  private static String plainWords(List<List<Clause>> run) {
    List<String> words = new ArrayList<>();
    for (List<Clause> g : run) {
      if (g.size() != 1 || g.get(0).kind() != ParsedQuery.Kind.WORD || g.get(0).field() != null) {
        return null;
      }
      words.add(g.get(0).text());
    }
    return String.join(" ", words);
  }

  private Query group(List<Clause> group, TermExpander ex) {
    List<Query> alternatives = new ArrayList<>();
    for (Clause c : group) {
      Query q = clause(c, ex);
      if (q != null) {
        alternatives.add(q);
      }
    }
    if (alternatives.size() <= 1) {
      return alternatives.isEmpty() ? null : alternatives.get(0);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    alternatives.forEach(q -> b.add(q, Occur.SHOULD));
    return b.build();
  }

  /** One clause in the fields it targets; {@code null} when it analyzes to nothing (e.g. only particles). */
  Query clause(Clause c, TermExpander ex) {
    return switch (c.kind()) {
      case YEAR_RANGE -> IntPoint.newRangeQuery(YEAR, c.from(), c.to());
      case PREFIX -> prefix(c);
      case PHRASE -> fields(c, true);
      case WORD -> word(c, ex);
    };
  }

  private Query word(Clause c, TermExpander ex) {
    Query original = fields(c, false);
    Set<String> equivalents = c.field() == null || c.field().equals("title")
        ? ex.equivalents(c.text()) : Set.of();
    if (equivalents.isEmpty()) {
      return original;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (original != null) {
      b.add(original, Occur.SHOULD);
    }
    for (String e : equivalents) {
      Query q = fields(new Clause(e.contains(" ") ? ParsedQuery.Kind.PHRASE : ParsedQuery.Kind.WORD,
          c.field(), e, 0, 0), e.contains(" "));
      if (q != null) {
        b.add(new BoostQuery(q, boosts.synonymWeight()), Occur.SHOULD);
      }
    }
    BooleanQuery q = b.build();
    return q.clauses().isEmpty() ? null : q;
  }

  private Query fields(Clause c, boolean phrase) {
    List<String> targets = targetFields(c.field());
    List<Query> analyzed = phrase
        ? text.perField(targets, c.text(), true, phraseSlop(c.text()))
        : text.perField(targets, c.text(), false, 0);
    List<Query> perField = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      Query q = analyzed.get(i);
      if (q != null) {
        float boost = boosts.of(targets.get(i));
        perField.add(boost == 1.0f ? q : new BoostQuery(q, boost));
      }
    }
    Query exact = exactFacet(c);
    if (exact != null) {
      perField.add(new BoostQuery(exact, boosts.of(TITLE)));
    }
    if (perField.isEmpty()) {
      return null;
    }
    return perField.size() == 1 ? perField.get(0) : new DisjunctionMaxQuery(perField, boosts.tieBreaker());
  }

  /**
   * Builds one word's query for several fields from one analysis: every text field shares the
   * analyzer, and running Nori once per field was most of the cost of building a query.
   */
  private static final class FieldQueries extends QueryBuilder {
    FieldQueries(Analyzer analyzer) {
      super(analyzer);
    }

    // All tokens of one typed word must match (`learning관련` means both parts), synonyms of a
    // token at the same position are alternatives; QueryBuilder handles stacked Nori compound
    // tokens. A phrase keeps its tokens in order within the slop.
    List<Query> perField(List<String> fields, String text, boolean phrase, int slop) {
      List<Query> out = new ArrayList<>(fields.size());
      if (fields.isEmpty()) {
        return out;
      }
      try (TokenStream source = getAnalyzer().tokenStream(fields.get(0), text)) {
        // Cached on the first field's pass, replayed (reset) for every further field.
        CachingTokenFilter tokens = new CachingTokenFilter(source);
        for (String field : fields) {
          out.add(createFieldQuery(tokens, Occur.MUST, field, phrase, slop));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot analyze the query text", e);
      }
      return out;
    }
  }

  // `topic:serverless`, `lang:ko`, `site:example.com` also match the exact facet value.
  private Query exactFacet(Clause c) {
    if (c.field() == null) {
      return null;
    }
    return switch (c.field()) {
      case "topic", "lang", "site" ->
          new TermQuery(new Term(c.field(), c.text().toLowerCase(Locale.ROOT)));
      default -> null;
    };
  }

  private Query prefix(Clause c) {
    String p = AnalyzerFactory.normalize(c.text()).toLowerCase(Locale.ROOT);
    List<Query> perField = new ArrayList<>();
    for (String field : targetFields(c.field())) {
      PrefixQuery q = new PrefixQuery(new Term(field, p),
          new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_PREFIX_TERMS));
      perField.add(boosts.of(field) == 1.0f ? q : new BoostQuery(q, boosts.of(field)));
    }
    return perField.size() == 1 ? perField.get(0) : new DisjunctionMaxQuery(perField, boosts.tieBreaker());
  }

  /**
   * Korean phrases get a little slop: dropped particles and endings leave position gaps, so the
   * phrase {@code "키노트 소개"} must still match {@code 키노트에서 소개된}.
   */
  static int phraseSlop(String phrase) {
    return Hangul.hasHangul(phrase) ? KOREAN_PHRASE_SLOP : 0;
  }

  static final int KOREAN_PHRASE_SLOP = 2;

  static List<String> targetFields(String field) {
    if (field == null) {
      return TEXT_FIELDS;
    }
    return switch (field) {
      case "title" -> List.of(TITLE);
      case "speaker" -> List.of(SPEAKER_TEXT);
      case "topic" -> List.of(TOPIC_TEXT, TAGS);
      case "conference" -> List.of(CONFERENCE_TEXT);
      case "tag" -> List.of(TAGS);
      case "author" -> List.of(AUTHOR_TEXT);
      default -> List.of();
    };
  }
}
