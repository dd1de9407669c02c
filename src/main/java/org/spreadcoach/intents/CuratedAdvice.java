package org.spreadcoach.intents;

/**
 * A piece of advice shipped in an intents file, offered to askers as peer advice.
 *
 * @param principle the principle it speaks to
 * @param text the advice
 * @param file where it was declared
 * @param line its line
 * @param intent the intent it speaks to, when the file says; otherwise null and the recogniser
 *     decides when the advice is imported
 */
public record CuratedAdvice(String principle, String text, String file, int line, String intent) {

  public CuratedAdvice(String principle, String text, String file, int line) {
    this(principle, text, file, line, null);
  }

  /** The same advice, speaking to {@code intentId}. */
  public CuratedAdvice withIntent(String intentId) {
    return new CuratedAdvice(principle, text, file, line, intentId);
  }
}
