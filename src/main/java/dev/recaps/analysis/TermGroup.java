package dev.recaps.analysis;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One set of equivalent terms, such as kubernetes, 쿠버네티스 and k8s.
 *
 * @param canonical the English form that names the group
 * @param forms every form in the group, the canonical one first, as normalized keys (see
 *     {@link TermDictionary#key})
 */
public record TermGroup(String canonical, Set<String> forms) {

  public TermGroup {
    forms = Collections.unmodifiableSet(new LinkedHashSet<>(forms));
    if (!forms.contains(canonical)) {
      throw new IllegalArgumentException("forms must contain the canonical term " + canonical);
    }
  }
}
