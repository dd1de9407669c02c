package org.spreadcoach.intents;

/**
 * A development-set message: never trained on, used only to measure.
 *
 * @param label a principle id, {@code spread} (in scope, no single principle) or {@code oos}
 * @param text the message
 * @param file where it is, for reports
 * @param line its line
 */
public record DevSample(String label, String text, String file, int line) {
  public static final String SPREAD = "spread";
  public static final String OOS = "oos";

  public boolean isChatter() {
    return OOS.equals(label);
  }
}
