package org.spreadcoach.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One chart: the {@code <div>} it is drawn in and its ECharts option, built here as plain maps so
 * Jackson writes it into the page's data block (never into script source).
 *
 * @param id the element id, unique in the page
 * @param title shown above the chart
 * @param caption one line under the title saying how to read it, or null
 * @param height in CSS pixels
 * @param option the ECharts option
 */
record Chart(String id, String title, String caption, int height, Map<String, Object> option) {

  /** Colours for series that are not principles: right or helpful, wrong or unhelpful, neutral. */
  static final String GOOD = "#2e7d32";

  static final String BAD = "#c62828";
  static final String AMBER = "#ef8f00";
  static final String NEUTRAL = "#9e9e9e";

  /**
   * Colours for principles, in order, picked to stay apart for common colour blindness (after Okabe
   * and Ito), so a principle keeps its colour in every chart of a report.
   */
  static final List<String> PRINCIPLE_COLOURS =
      List.of(
          "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000",
          "#999999", "#8c564b");

  /** The {@code <div>} with its heading, for the page body. */
  String element() {
    return "<section class=\"sc-chart\"><h2 class=\"sc-heading\">"
        + Html.escape(title)
        + "</h2>"
        + (caption == null ? "" : "<p class=\"sc-caption\">" + Html.escape(caption) + "</p>")
        + "<div id=\""
        + Html.escape(id)
        + "\" style=\"width:100%;height:"
        + height
        + "px\"></div></section>";
  }

  /** A map in insertion order, from alternating keys and values. */
  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  /** An axis with a name in the middle, where readers look for it. */
  static Map<String, Object> axis(String type, String name, int nameGap) {
    return map("type", type, "name", name, "nameLocation", "middle", "nameGap", nameGap);
  }

  /**
   * Vertical bars over categories: the categories along x, counts up y, a legend on top.
   *
   * @param series from {@link #bars}
   */
  static Map<String, Object> columns(
      List<String> categories, String xName, String yName, List<Object> series) {
    Map<String, Object> option = base();
    option.put("tooltip", map("trigger", "axis", "confine", true));
    option.put("legend", map("top", 0, "type", "scroll"));
    option.put("grid", map("left", 70, "right", 30, "top", 50, "bottom", 70));
    Map<String, Object> x = axis("category", xName, 45);
    x.put("data", categories);
    option.put("xAxis", x);
    Map<String, Object> y = axis("value", yName, 50);
    y.put("minInterval", 1);
    option.put("yAxis", y);
    option.put("series", series);
    return option;
  }

  /**
   * Horizontal bars, one row per category (long names such as intent ids read better down the
   * side), the first category on top.
   *
   * @param valueAxis the x axis, from {@link #axis}
   */
  static Map<String, Object> rows(
      List<String> categories, Map<String, Object> valueAxis, List<Object> series) {
    Map<String, Object> option = base();
    option.put("tooltip", map("trigger", "axis", "confine", true));
    option.put("legend", map("top", 0));
    option.put("grid", map("left", 20, "right", 30, "top", 40, "bottom", 50, "containLabel", true));
    option.put("xAxis", valueAxis);
    Map<String, Object> y = axis("category", "", 0);
    y.put("data", categories);
    y.put("inverse", true);
    y.put("axisLabel", map("interval", 0));
    option.put("yAxis", y);
    option.put("series", series);
    return option;
  }

  /** A bar series in one colour; bars of the same {@code stack} (or null) pile up. */
  static Map<String, Object> bars(String name, List<?> data, String colour, String stack) {
    Map<String, Object> s =
        map(
            "name",
            name,
            "type",
            "bar",
            "barMaxWidth",
            72,
            "data",
            data,
            "itemStyle",
            map("color", colour));
    if (stack != null) {
      s.put("stack", stack);
    }
    return s;
  }

  /** Options every chart shares: no animation (a screenshot is taken at once), readable text. */
  static Map<String, Object> base() {
    return map(
        "animation",
        false,
        "textStyle",
        map("fontSize", 13),
        "tooltip",
        map("trigger", "item", "confine", true));
  }
}
