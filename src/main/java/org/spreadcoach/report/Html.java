package org.spreadcoach.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one place the reports turn data into markup. Text goes through {@link #escape} into HTML, and
 * data through {@link #dataScript} into a {@code <script type="application/json">} block, where
 * every {@code <}, {@code >} and {@code &} is a JSON escape: stored text such as {@code
 * </script><img src=x onerror=...>} stays a string and can never end the block.
 */
public final class Html {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Html() {}

  /** {@code text} safe between tags and inside a quoted attribute; null is empty. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(ch);
      }
    }
    return sb.toString();
  }

  /** {@code value} as JSON that is safe inside a script element. */
  public static String json(Object value) {
    try {
      return JSON.writeValueAsString(value)
          .replace("<", "\\u003c")
          .replace(">", "\\u003e")
          .replace("&", "\\u0026")
          .replace("\u2028", "\\u2028")
          .replace("\u2029", "\\u2029");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("report data is not serialisable: " + e.getMessage(), e);
    }
  }

  /** A {@code <script type="application/json">} block with {@code id}, holding {@code value}. */
  public static String dataScript(String id, Object value) {
    return "<script type=\"application/json\" id=\""
        + escape(id)
        + "\">"
        + json(value)
        + "</script>";
  }

  /**
   * {@code markup} from this package with {@code nonce} on each of its executable {@code <script>}
   * elements, for a page whose Content-Security-Policy allows only scripts with that nonce. Safe by
   * construction: the reports' scripts open with a bare {@code <script>}, data blocks with {@code
   * <script type=...>} (never executed), the library is refused if it contains {@code <script}, and
   * every text is escaped, so no stored text can carry the tag this rewrites.
   */
  public static String withNonce(String markup, String nonce) {
    return markup.replace("<script>", "<script nonce=\"" + escape(nonce) + "\">");
  }
}
