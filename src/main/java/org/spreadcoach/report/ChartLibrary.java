package org.spreadcoach.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * Apache ECharts, read from its webjar on the class path and inlined into the page, so a report is
 * one file that draws its charts with no network: an NHS machine may have no internet, and a page
 * that fetched a script from a CDN would show empty boxes there. The version is the one {@code
 * pom.xml} pins, read from the webjar's own {@code pom.properties}.
 */
final class ChartLibrary {
  private static final String PROPERTIES = "META-INF/maven/org.webjars/echarts/pom.properties";

  private ChartLibrary() {}

  /** The library in a {@code <script>} element, loaded once per JVM (it is about 1 MB). */
  static String scriptElement() {
    return Holder.ELEMENT;
  }

  /** The webjar's version, such as 5.5.0. */
  static String version() {
    return Holder.VERSION;
  }

  /** Lazy, immutable once read: the class initialiser runs once, on first use. */
  private static final class Holder {
    static final String VERSION = readVersion();
    static final String ELEMENT = "<script>" + readScript(VERSION) + "</script>";
  }

  private static String readVersion() {
    Properties p = new Properties();
    try (InputStream in = resource(PROPERTIES)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version");
  }

  private static String readScript(String version) {
    String script;
    try (InputStream in =
        resource("META-INF/resources/webjars/echarts/" + version + "/echarts.min.js")) {
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Inline, the library must not contain what would end or re-open its script element.
    String lower = script.toLowerCase(Locale.ROOT);
    if (lower.contains("</script") || lower.contains("<!--") || lower.contains("<script")) {
      throw new IllegalStateException("echarts.min.js cannot be inlined: it holds a script tag");
    }
    return script;
  }

  private static InputStream resource(String name) {
    InputStream in = ChartLibrary.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          "the ECharts webjar is missing from the class path (" + name + ")");
    }
    return in;
  }
}
