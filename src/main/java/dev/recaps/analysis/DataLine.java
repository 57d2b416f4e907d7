package dev.recaps.analysis;

/**
 * One meaningful line of an analysis data file, with where it came from so errors can name it.
 *
 * @param source file name or resource path, as shown in error messages
 * @param number 1-based line number in that source
 * @param text the line without its comment, trimmed and Unicode-normalized
 */
record DataLine(String source, int number, String text) {

  /** Builds the exception for a malformed line, naming file and line. */
  IllegalArgumentException error(String problem) {
    return new IllegalArgumentException(source + " line " + number + ": " + problem + " in '" + text + "'");
  }
}
