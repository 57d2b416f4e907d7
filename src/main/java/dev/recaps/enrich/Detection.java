package dev.recaps.enrich;

import dev.recaps.model.Evidence;
import java.util.List;

/**
 * What one detector decided: the value ({@code null} or empty when nothing was found), the evidence
 * stored with the recap, and notes on the candidates it weighed and rejected, for {@code --explain}.
 */
record Detection<T>(T value, Evidence evidence, List<String> notes) {

  Detection {
    notes = List.copyOf(notes);
  }

  static <T> Detection<T> none(List<String> notes) {
    return new Detection<>(null, null, notes);
  }
}
