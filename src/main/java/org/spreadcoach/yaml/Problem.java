package org.spreadcoach.yaml;

/**
 * One thing wrong with an input file, at a line (1-based; 0 when the whole file is at fault).
 *
 * @param file the file as the user named it, for messages
 * @param line 1-based line number, or 0 for the file as a whole
 * @param message what is wrong, as a sentence a maintainer can act on
 */
public record Problem(String file, int line, String message) implements Comparable<Problem> {

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }

  @Override
  public int compareTo(Problem other) {
    int byFile = file.compareTo(other.file);
    return byFile != 0 ? byFile : Integer.compare(line, other.line);
  }
}
