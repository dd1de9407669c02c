package org.spreadcoach.nlu.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import opennlp.tools.tokenize.SimpleTokenizer;

/**
 * Turns a chat message into the tokens the recogniser sees: Unicode-normalised, lower case,
 * platform mentions and links removed, numbers folded to one token, punctuation dropped.
 *
 * <p>Stateless and thread-safe. Input is cut to {@link #MAX_CHARS} first, so a 100 KB line costs no
 * more than a long message.
 */
public final class TextNormaliser {
  /** Longer messages are cut here; nobody asks a question in more than this. */
  public static final int MAX_CHARS = 1_000;

  private static final Pattern MENTION = Pattern.compile("<[@#][!&]?\\d+>|@(?:everyone|here)");
  private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");
  private static final Pattern CONTROL =
      Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}&&[^\\n\\t]]");

  /** Tokens of {@code text}; empty for null, blank or punctuation-only text. */
  public String[] tokens(String text) {
    if (text == null || text.isBlank()) {
      return new String[0];
    }
    String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    String clean = Normalizer.normalize(cut, Normalizer.Form.NFKC);
    clean = CONTROL.matcher(clean).replaceAll(" ");
    clean = MENTION.matcher(clean).replaceAll(" ");
    clean = URL.matcher(clean).replaceAll(" ");
    clean = clean.toLowerCase(Locale.ROOT).replace('’', '\'');
    String[] raw = SimpleTokenizer.INSTANCE.tokenize(clean);
    List<String> out = new ArrayList<>(raw.length);
    for (String token : raw) {
      if (isWord(token)) {
        out.add(isNumber(token) ? "0" : token);
      }
    }
    return out.toArray(String[]::new);
  }

  private static boolean isWord(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isLetterOrDigit(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNumber(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isDigit(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
