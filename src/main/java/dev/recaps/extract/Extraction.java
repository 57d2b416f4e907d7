package dev.recaps.extract;

import dev.recaps.model.Recap;
import java.util.List;

/**
 * A recap extracted from one file plus what was imperfect about the input (lossy decoding, front
 * matter that is not valid YAML, an unparsable date), for the caller to report.
 */
public record Extraction(Recap recap, List<String> warnings) {
  public Extraction {
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }
}
