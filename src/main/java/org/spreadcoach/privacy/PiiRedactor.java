package org.spreadcoach.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces personal data with placeholders before anything is stored: e-mail addresses, NHS numbers
 * (ten digits with a valid check digit, spaced or not), UK phone numbers, UK postcodes and platform
 * user mentions. Stateless and thread-safe.
 */
public final class PiiRedactor {
  private static final Pattern EMAIL =
      Pattern.compile("[\\w.%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
  private static final Pattern TEN_DIGITS =
      Pattern.compile("(?<![\\w+])(\\d{3})[ -]?(\\d{3})[ -]?(\\d{4})(?!\\w)");
  private static final Pattern PHONE =
      Pattern.compile(
          "(?<![\\w+])(?:(?:\\+|00)44[\\s-]?(?:\\(0\\)[\\s-]?)?|\\(?0)"
              + "\\d(?:[\\s-]?\\)?[\\s-]?\\d){8,9}(?!\\w)");
  private static final Pattern POSTCODE =
      Pattern.compile(
          "(?<![\\w])(?:[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]?|GIR)\\s?\\d[ABD-HJLNP-UW-Z]{2}(?!\\w)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern USER_MENTION = Pattern.compile("<@!?\\d+>|(?<![\\w@])@[\\w.]{2,32}");
  private static final Pattern ROLE_MENTION = Pattern.compile("<@&\\d+>");

  /** {@code text} with every piece of personal data it recognises replaced. */
  public String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = EMAIL.matcher(text).replaceAll("[email]");
    out = replaceNhsNumbers(out);
    out = PHONE.matcher(out).replaceAll("[phone]");
    out = POSTCODE.matcher(out).replaceAll("[postcode]");
    out = ROLE_MENTION.matcher(out).replaceAll("[role]");
    out =
        USER_MENTION
            .matcher(out)
            .replaceAll(
                m ->
                    m.group().equals("@everyone") || m.group().equals("@here")
                        ? m.group()
                        : "[user]");
    return out;
  }

  private static String replaceNhsNumbers(String text) {
    Matcher m = TEN_DIGITS.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String digits = m.group(1) + m.group(2) + m.group(3);
      m.appendReplacement(
          sb, isValidNhsNumber(digits) ? "[nhs-number]" : Matcher.quoteReplacement(m.group()));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** The NHS modulus 11 check: weights 10 down to 2 on the first nine digits. */
  static boolean isValidNhsNumber(String digits) {
    if (digits.length() != 10) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (digits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - sum % 11;
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == digits.charAt(9) - '0';
  }
}
