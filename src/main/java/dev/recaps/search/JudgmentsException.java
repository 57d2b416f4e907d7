package dev.recaps.search;

import java.util.List;

/** A judgments file that cannot be used, with every problem found as {@code file:line: why}. */
public class JudgmentsException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public JudgmentsException(List<String> problems) {
    super(problems.size() == 1
        ? problems.get(0)
        : problems.size() + " problems in the judgments:\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
