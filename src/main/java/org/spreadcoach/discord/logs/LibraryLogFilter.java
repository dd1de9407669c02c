package org.spreadcoach.discord.logs;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Marker;
import org.slf4j.helpers.FormattingTuple;
import org.slf4j.helpers.MessageFormatter;

/**
 * Keeps message text and personal data out of what the Discord client libraries log, whatever their
 * level. Javacord 3.8.0 logs a whole gateway packet (message text, author, ids, from any channel
 * the bot can see) at WARN when it cannot handle it, which happens routinely now that Discord sends
 * messages it does not know (Components V2, for one); at DEBUG and TRACE it logs REST bodies and
 * gateway frames, and its OkHttp logging interceptor logs HTTP bodies; its connection warnings come
 * with stack traces. The knowledge base's redaction and opt-in would mean nothing if the log kept
 * what they remove.
 *
 * <p>A Logback turbo filter sees each logging call before it becomes an event, so it is declared
 * once in {@code logback.xml} and holds from the first line, for every appender. For loggers of the
 * libraries ({@code org.javacord}, {@code okhttp3}, {@code com.neovisionaries}, and {@code
 * java.util.logging} records bridged to SLF4J under those names) it lets a line through untouched
 * when it carries neither a payload nor an exception; otherwise it logs, in its place, on the same
 * logger at the same level, one line without them:
 *
 * <ul>
 *   <li>Javacord's "Couldn't handle packet" warning becomes the packet type and how many of that
 *       type it could not handle; the first {@value #FIRST_UNREADABLE} of a type and then every
 *       {@value #EVERY_UNREADABLE}th are logged, the rest only counted.
 *   <li>any other line keeps its text up to the first payload ({@link PayloadScrubber#scrub}).
 *   <li>an exception becomes its cause chain in the same line ({@link PayloadScrubber#causes}), so
 *       a retry is one line naming its cause, never a stack trace.
 *   <li>Javacord's "Websocket error!", which it logs for each frame that fails on a dropping
 *       connection, goes down to INFO: the bot says once that the connection was lost.
 * </ul>
 *
 * Only the counters are state, one per packet type Javacord cannot read, per filter instance.
 */
public final class LibraryLogFilter extends TurboFilter {
  private static final String FQCN = LibraryLogFilter.class.getName();
  private static final List<String> LIBRARIES =
      List.of("org.javacord.", "okhttp3.", "com.neovisionaries.");

  /** Javacord's PacketHandler: "Couldn't handle packet of type X. Please contact ...". */
  private static final Pattern UNREADABLE_PACKET =
      Pattern.compile("^Couldn't handle packet of type ([A-Za-z0-9_]+)");

  /** Javacord's DiscordWebSocketAdapter.onError. */
  private static final String WEBSOCKET_ERROR = "Websocket error!";

  static final int FIRST_UNREADABLE = 5;
  static final int EVERY_UNREADABLE = 100;

  private final ConcurrentMap<String, AtomicLong> unreadable = new ConcurrentHashMap<>();

  @Override
  public FilterReply decide(
      Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    // A null format is a level check (isDebugEnabled and friends): nothing to rewrite yet.
    if (format == null || level == null || !isLibrary(logger.getName())) {
      return FilterReply.NEUTRAL;
    }
    if (!level.isGreaterOrEqual(logger.getEffectiveLevel())) {
      return FilterReply.NEUTRAL; // Logback drops it anyway
    }
    String text = format;
    Throwable error = t;
    if (params != null && params.length > 0) {
      FormattingTuple formatted = MessageFormatter.arrayFormat(format, params);
      text = formatted.getMessage();
      error = error == null ? formatted.getThrowable() : error;
    }
    Line line = rewrite(level, text, error);
    if (line == null) {
      return FilterReply.NEUTRAL;
    }
    if (!line.text().isEmpty() && line.level().isGreaterOrEqual(logger.getEffectiveLevel())) {
      // Straight to the appenders: the replacement is not filtered or level-checked again.
      logger.callAppenders(new LoggingEvent(FQCN, logger, line.level(), line.text(), null, null));
    }
    return FilterReply.DENY;
  }

  /** What is logged in place of a library's line; empty text for nothing. */
  record Line(Level level, String text) {}

  private static boolean isLibrary(String name) {
    for (String library : LIBRARIES) {
      if (name.startsWith(library)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The line to log instead of {@code text} at {@code level}: null when it may go as it is, empty
   * text when nothing is to be logged.
   */
  Line rewrite(Level level, String text, Throwable error) {
    Matcher packet = UNREADABLE_PACKET.matcher(text);
    if (packet.find()) {
      String type = packet.group(1);
      long n = unreadable.computeIfAbsent(type, k -> new AtomicLong()).incrementAndGet();
      if (n > FIRST_UNREADABLE && n % EVERY_UNREADABLE != 0) {
        return new Line(level, "");
      }
      return new Line(
          level,
          "Javacord could not read a "
              + type
              + " packet from Discord and skipped it ("
              + n
              + " of this type so far"
              + (n == FIRST_UNREADABLE
                  ? "; from now on every " + EVERY_UNREADABLE + "th is logged"
                  : "")
              + "); its content is not logged"
              + (error == null ? "" : ": " + PayloadScrubber.causes(error)));
    }
    // Javacord warns of every frame that failed on a connection that is going down, each time
    // with the same cause; the bot's own line says the connection was lost, once, and Javacord's
    // "Websocket closed with reason ..." (INFO) names the cause.
    Level to = text.startsWith(WEBSOCKET_ERROR) && level == Level.WARN ? Level.INFO : level;
    String safe = PayloadScrubber.scrub(text);
    if (error == null) {
      return safe.equals(text) && to == level ? null : new Line(to, safe);
    }
    return new Line(to, safe + " (" + PayloadScrubber.causes(error) + ")");
  }
}
