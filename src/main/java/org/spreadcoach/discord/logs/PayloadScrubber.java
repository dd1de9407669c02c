package org.spreadcoach.discord.logs;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts what Discord sent or was sent out of a line of text meant for the log. Message text reaches
 * the client libraries' log lines only inside payloads: gateway packets and REST bodies as JSON,
 * websocket frames as {@code Payload="..."}, and HTTP headers. The first of them ends the line
 * (with how much was dropped), so a line keeps what it says happened (the request line, the packet
 * type, the status) and loses what was said. Stateless.
 */
public final class PayloadScrubber {
  /**
   * Where a payload starts: a JSON object or array (as Jackson prints them), a websocket frame's
   * payload, or a second line (library lines are one line; what follows a line break is a body).
   */
  private static final Pattern PAYLOAD = Pattern.compile("\\{\\s*\"|\\[\\s*[\\[{\"]|Payload=|\\R");

  /** Headers whose values are credentials, however a library prints them. */
  private static final Pattern SECRET_HEADER =
      Pattern.compile("(?i)^\\s*(authorization|proxy-authorization|cookie|set-cookie)\\s*:.*$");

  /** Longest exception message kept in a cause, after scrubbing. */
  static final int MAX_CAUSE = 200;

  private PayloadScrubber() {}

  /** {@code text} up to its first payload, then how many characters were left out. */
  static String scrub(String text) {
    if (text == null) {
      return "";
    }
    Matcher header = SECRET_HEADER.matcher(text);
    if (header.matches()) {
      return header.group(1).toLowerCase(Locale.ROOT) + ": [not logged]";
    }
    Matcher payload = PAYLOAD.matcher(text);
    if (!payload.find()) {
      return text;
    }
    int dropped = text.length() - payload.start();
    return text.substring(0, payload.start()) + "[" + dropped + " characters not logged]";
  }

  /**
   * What went wrong, in one line and without stack frames: each exception in the cause chain as
   * {@code SimpleName: message}, messages scrubbed and shortened, leaving out wrappers and causes
   * whose message the exception before them already quotes. Empty for null.
   */
  public static String causes(Throwable error) {
    List<String> parts = new ArrayList<>();
    IdentityHashMap<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable e = error; e != null && seen.put(e, true) == null; e = e.getCause()) {
      if (e.getCause() != null
          && (e instanceof CompletionException || e instanceof ExecutionException)) {
        continue; // wrappers that only repeat their cause
      }
      String message = e.getMessage() == null ? "" : scrub(e.getMessage());
      if (message.length() > MAX_CAUSE) {
        message = message.substring(0, MAX_CAUSE) + "…";
      }
      String previous = parts.isEmpty() ? null : parts.get(parts.size() - 1);
      if (previous != null && !message.isEmpty() && previous.contains(message)) {
        continue; // a cause its wrapper already quoted ("PKIX path building failed: ...")
      }
      parts.add(e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message));
    }
    return String.join(", caused by ", parts);
  }
}
