package org.spreadcoach.chat;

/** Where to cut chat text that is too long, shared by trimming (coach) and splitting (Discord). */
public final class ChatText {
  private ChatText() {}

  /**
   * The index at which to cut {@code text} so the first part has at most {@code max} characters: at
   * the last line break, else the last space, in the second half; else at {@code max}; never
   * between the two halves of a surrogate pair.
   */
  public static int cutPoint(String text, int max) {
    int cut = text.lastIndexOf('\n', max);
    if (cut < max / 2) {
      cut = text.lastIndexOf(' ', max);
    }
    if (cut < max / 2) {
      cut = max;
    }
    if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return cut;
  }
}
