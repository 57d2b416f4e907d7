package dev.recaps.bench;

/**
 * One row of the results table: what was measured for recaps and for its baseline in the same
 * run, their ratio, the goal and whether it was met.
 *
 * @param ratio ours relative to the baseline as the goal states it (e.g. QPS ours / QPS baseline),
 *     or {@code null} when the figure has no baseline or was skipped
 * @param verdict {@code met}, {@code not met}, {@code reported} or {@code skipped: <why>}
 */
record Figure(String name, String ours, String baseline, Double ratio, String goal, String verdict) {

  static Figure skipped(String name, String goal, String why) {
    return new Figure(name, "-", "-", null, goal, why.startsWith("skipped") ? why : "skipped: " + why);
  }

  static String verdict(boolean met) {
    return met ? "met" : "not met";
  }
}
