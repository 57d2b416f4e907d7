package dev.recaps.search;

import dev.recaps.model.FacetValue;
import dev.recaps.model.IndexStats;
import dev.recaps.model.RecapDetail;
import dev.recaps.model.SearchRequest;
import dev.recaps.model.SearchResult;
import dev.recaps.model.Suggestion;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the CLI and the web layer ask of the search engine; plain records in and out, no Lucene types. */
public interface SearchService {
  /** Runs a search; throws {@link dev.recaps.model.InvalidRequestException} for a caller's mistake. */
  SearchResult search(SearchRequest request);

  /** Completions for a partly typed query, best first. */
  List<Suggestion> suggest(String prefix, int limit);

  /** One recap with its related recaps, or empty when the id is unknown. */
  Optional<RecapDetail> recap(String id);

  /** Facet value counts over the whole index. */
  Map<String, List<FacetValue>> facets();

  /** Document count, facet counts, size and age of the index. */
  IndexStats stats();
}
