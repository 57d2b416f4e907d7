package dev.recaps.analysis;

import java.io.Reader;
import java.util.EnumSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;

/**
 * The morphological analyzer for recap text (titles, headings, body, tags), identical at index and
 * query time; docs/analysis.md draws the chain and gives the evidence for each step.
 */
final class KoreanEnglishAnalyzer extends Analyzer {

  /**
   * Nori's default stop tags (particles, endings, suffixes, punctuation) plus copulas, auxiliary
   * verbs, dependent nouns, unit nouns and pronouns: in recaps these are {@code 이다}, {@code 있다},
   * {@code 것}, {@code 수}, {@code 년}, {@code 명}, {@code 우리}, which carry no topic, and dropping
   * unit nouns lets {@code 2019년} match {@code 2019}.
   */
  static final Set<POS.Tag> STOP_TAGS = stopTags();

  private final UserDictionary userDictionary;
  private final DecompoundMode decompoundMode;
  private final NameVariants names;
  private final CharArraySet unstemmed;

  KoreanEnglishAnalyzer(
      UserDictionary userDictionary, DecompoundMode decompoundMode, NameVariants names, CharArraySet unstemmed) {
    this.userDictionary = userDictionary;
    this.decompoundMode = decompoundMode;
    this.names = names;
    this.unstemmed = unstemmed;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    Reader normalized = new RewritingCharFilter(reader, UnicodeNormalizer.INSTANCE);
    Reader named = new RewritingCharFilter(normalized, names);
    return new RewritingCharFilter(named, PossessiveRemover.INSTANCE);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    KoreanTokenizer tokenizer =
        new KoreanTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, userDictionary, decompoundMode, false, true);
    TokenStream stream = new InflectedSurfaceFilter(tokenizer);
    stream = new LatinDigitJoinFilter(stream);
    stream = new KoreanPartOfSpeechStopFilter(stream, STOP_TAGS);
    stream = new KoreanReadingFormFilter(stream);
    stream = new LowerCaseFilter(stream);
    stream = new SetKeywordMarkerFilter(stream, unstemmed);
    stream = new LatinStemFilter(stream);
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new RewritingCharFilter(reader, UnicodeNormalizer.INSTANCE);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }

  private static Set<POS.Tag> stopTags() {
    Set<POS.Tag> tags = EnumSet.copyOf(KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS);
    tags.addAll(EnumSet.of(POS.Tag.VCP, POS.Tag.VCN, POS.Tag.VX, POS.Tag.NNB, POS.Tag.NNBC, POS.Tag.NP));
    return Set.copyOf(tags);
  }
}
