package org.spreadcoach.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One of the intents the recogniser weighed for a message, with its probability: kept for the best
 * few so that a maintainer reviewing a close call sees what else it might have been.
 *
 * @param intent the intent id
 * @param probability its probability, between 0 and 1
 */
public record Candidate(String intent, double probability) {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** The stored form: {@code intent=0.620 intent=0.210}, best first. */
  public static String format(List<Candidate> candidates) {
    StringBuilder sb = new StringBuilder();
    for (Candidate c : candidates) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(c.intent()).append('=').append(String.format(Locale.ROOT, "%.3f", c.probability()));
    }
    return sb.toString();
  }

  /** What {@link #format} wrote; null or blank gives none. */
  public static List<Candidate> parse(String stored) {
    List<Candidate> out = new ArrayList<>();
    if (stored == null || stored.isBlank()) {
      return out;
    }
    for (String part : WHITESPACE.split(stored.strip(), -1)) {
      int eq = part.lastIndexOf('=');
      if (eq > 0) {
        try {
          out.add(new Candidate(part.substring(0, eq), Double.parseDouble(part.substring(eq + 1))));
        } catch (NumberFormatException e) {
          // A damaged entry is skipped; the rest still reads.
        }
      }
    }
    return out;
  }
}
