package org.spreadcoach.report;

import java.util.List;
import java.util.Map;

/**
 * Assembles a report: charts' elements, their data block and the few lines of script that draw
 * them, either as a fragment for a page that already has the library or as a whole page.
 */
final class ChartPage {
  /** The page's own look, for a whole page only. */
  private static final String PAGE_STYLE =
      "<style>"
          + "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;"
          + "margin:24px auto;max-width:1180px;color:#1a1a1a;padding:0 16px}"
          + "h1{font-size:26px;margin:0 0 4px}</style>";

  /**
   * The look of what a report's body holds, all under {@code sc-} classes so a page that embeds a
   * fragment keeps its own styles.
   */
  static final String BODY_STYLE =
      "<style>"
          + ".sc-heading{font-size:19px;margin:28px 0 2px}"
          + ".sc-meta,.sc-caption{color:#555;margin:2px 0 8px}"
          + ".sc-figures{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}"
          + ".sc-figure{border:1px solid #ddd;border-radius:6px;padding:8px 14px;min-width:130px}"
          + ".sc-figure b{display:block;font-size:24px}"
          + ".sc-empty{border:1px dashed #bbb;border-radius:6px;padding:16px;color:#444}"
          + "table.sc-table{border-collapse:collapse;width:100%;font-size:14px;margin:8px 0}"
          + ".sc-table th,.sc-table td{border-bottom:1px solid #e3e3e3;padding:4px 8px;"
          + "text-align:left;vertical-align:top}"
          + ".sc-table td.num,.sc-table th.num{text-align:right;font-variant-numeric:tabular-nums}"
          + "</style>";

  private ChartPage() {}

  /**
   * The script that draws {@code charts} into their elements, with their options in a data block
   * named {@code dataId}; {@code extra} goes into the data block too, for readers of the file.
   */
  static String drawScript(String dataId, List<Chart> charts, Map<String, Object> extra) {
    List<Map<String, Object>> specs =
        charts.stream().map(c -> Chart.map("id", c.id(), "option", c.option())).toList();
    Map<String, Object> data = Chart.map("charts", specs);
    data.putAll(extra);
    return Html.dataScript(dataId, data)
        + "<script>(function(){"
        + "var data=JSON.parse(document.getElementById('"
        + dataId
        + "').textContent);"
        + "data.charts.forEach(function(c){"
        + "var el=document.getElementById(c.id);if(!el){return;}"
        + "var chart=echarts.init(el,null,{renderer:'svg'});chart.setOption(c.option);"
        + "window.addEventListener('resize',function(){chart.resize();});});"
        + "})();</script>";
  }

  /** A whole page: the library, a heading and {@code body} (already markup). */
  static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>"
        + Html.escape(title)
        + "</title>"
        + PAGE_STYLE
        + "\n<!-- Apache ECharts "
        + ChartLibrary.version()
        + " (Apache License 2.0, https://www.apache.org/licenses/LICENSE-2.0), inlined below."
        + " NOTICE: Apache ECharts. Copyright 2017-2024 The Apache Software Foundation. This"
        + " product includes software developed at The Apache Software Foundation"
        + " (https://www.apache.org/). -->\n"
        + ChartLibrary.scriptElement()
        + "\n</head><body><h1>"
        + Html.escape(title)
        + "</h1>\n"
        + body
        + "\n</body></html>\n";
  }

  /** The headline figures as a row of boxes. */
  static String figures(List<String[]> labelAndValue) {
    StringBuilder sb = new StringBuilder("<div class=\"sc-figures\">");
    for (String[] f : labelAndValue) {
      sb.append("<div class=\"sc-figure\"><b>")
          .append(Html.escape(f[1]))
          .append("</b>")
          .append(Html.escape(f[0]))
          .append("</div>");
    }
    return sb.append("</div>").toString();
  }

  /**
   * A table; every cell is escaped. Columns whose header starts with '#' are numeric (right
   * aligned; the '#' is not shown).
   */
  static String table(List<String> headers, List<List<String>> rows) {
    StringBuilder sb = new StringBuilder("<table class=\"sc-table\"><thead><tr>");
    boolean[] numeric = new boolean[headers.size()];
    for (int i = 0; i < headers.size(); i++) {
      String h = headers.get(i);
      numeric[i] = h.startsWith("#");
      sb.append(numeric[i] ? "<th class=\"num\">" : "<th>")
          .append(Html.escape(numeric[i] ? h.substring(1) : h))
          .append("</th>");
    }
    sb.append("</tr></thead><tbody>");
    for (List<String> row : rows) {
      sb.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        sb.append(numeric[i] ? "<td class=\"num\">" : "<td>")
            .append(Html.escape(row.get(i)))
            .append("</td>");
      }
      sb.append("</tr>");
    }
    return sb.append("</tbody></table>").toString();
  }

  /** A box saying there is nothing to draw, in place of an empty chart. */
  static String empty(String sentence) {
    return "<p class=\"sc-empty\">" + Html.escape(sentence) + "</p>";
  }
}
