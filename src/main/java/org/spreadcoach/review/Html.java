package org.spreadcoach.review;

/**
 * The one way text reaches the page: every message, intent id and figure goes through {@link
 * #escape}, so stored markup such as {@code <img src=x onerror=...>} shows as text.
 */
final class Html {
  private Html() {}

  /** {@code text} safe in element content and in double- or single-quoted attribute values. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
