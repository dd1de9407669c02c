package org.spreadcoach.review;

import static org.spreadcoach.report.Html.escape;

import java.util.List;
import java.util.Locale;
import org.spreadcoach.evaluation.EvaluationReport;
import org.spreadcoach.kb.Activity;
import org.spreadcoach.kb.Candidate;
import org.spreadcoach.kb.ReviewStore.Decision;
import org.spreadcoach.report.ActivityReport;
import org.spreadcoach.report.Html;
import org.spreadcoach.review.apply.ApplyPreview;
import org.spreadcoach.review.apply.EvalDelta;

/**
 * The review page's HTML: plain server-rendered forms, no script, styles inline (nothing loads from
 * another host). Every text goes through {@link Html#escape}.
 */
final class ReviewPage {
  private static final String STYLE =
      """
      body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;
      background:#f4f6f8;color:#1d2733}
      header{background:#005eb8;color:#fff;padding:14px 28px}
      header h1{margin:0;font-size:22px} header p{margin:2px 0 0;opacity:.9}
      main{max-width:1100px;margin:0 auto;padding:18px 28px}
      .bar{display:flex;gap:16px;align-items:center;background:#fff;border:1px solid #d8dde3;
      border-radius:6px;padding:10px 14px;margin-bottom:14px}
      .bar .grow{flex:1}
      table{border-collapse:collapse;width:100%;background:#fff;border:1px solid #d8dde3}
      th,td{text-align:left;vertical-align:top;padding:8px 10px;border-bottom:1px solid #e6e9ed}
      th{background:#eef1f4;font-size:13px;color:#425563}
      td.text{font-size:16px;max-width:380px;overflow-wrap:anywhere}
      .n{color:#425563;font-size:13px}
      .tag{display:inline-block;font-size:12px;padding:1px 7px;border-radius:10px;margin:0 4px 3px 0;
      background:#e8edee;color:#1d2733}
      .tag.UNRECOGNISED{background:#fde8e8}.tag.CLOSE_CALL{background:#fff4d6}
      .tag.THUMBS_DOWN,.tag.AMBIENT_THUMBS_DOWN{background:#ece4f7}
      .cand{font-size:13px;color:#425563}
      form.inline{display:inline} select{max-width:230px}
      button{font:inherit;font-size:13px;padding:3px 10px;border-radius:4px;border:1px solid #8a9aa8;
      background:#fff;cursor:pointer;margin:2px 0}
      button.primary{background:#007f3b;border-color:#007f3b;color:#fff;font-size:15px;padding:6px 16px}
      button.danger{background:#d5281b;border-color:#d5281b;color:#fff;font-size:15px;padding:6px 16px}
      .decided{font-weight:600;color:#007f3b}
      .warn{background:#fff4d6;border:2px solid #ffb81c;border-radius:6px;padding:10px 16px}
      .bad{background:#fde8e8;border:2px solid #d5281b;border-radius:6px;padding:10px 16px}
      .ok{background:#e6f4ea;border:2px solid #007f3b;border-radius:6px;padding:10px 16px}
      pre.diff{background:#fff;border:1px solid #d8dde3;padding:10px;overflow-x:auto}
      .add{color:#007f3b} .worse{color:#d5281b;font-weight:600} .better{color:#007f3b}
      #charts{margin-top:24px}
      """;

  private ReviewPage() {}

  /** The queue with a form per item and the Apply button. */
  static String queue(
      List<QueueItem> items,
      List<String> intents,
      String csrf,
      String notice,
      Activity activity,
      String nonce) {
    StringBuilder b = start("Review queue");
    if (notice != null) {
      b.append("<p class=\"ok\">").append(escape(notice)).append("</p>");
    }
    long decided = items.stream().filter(i -> i.decision() != null).count();
    b.append("<div class=\"bar\"><div class=\"grow\"><strong>")
        .append(items.size())
        .append("</strong> item(s) queued, <strong>")
        .append(decided)
        .append("</strong> decided and waiting to be applied.</div>");
    b.append("<form method=\"post\" action=\"/apply\">")
        .append(csrfField(csrf))
        .append("<button class=\"primary\" id=\"apply\"")
        .append(decided == 0 ? " disabled" : "")
        .append(">Apply and measure</button></form></div>");
    if (items.isEmpty()) {
      b.append("<p>Nothing to review: the bot recognised everything it was asked.</p>");
    } else {
      b.append(
          "<table id=\"queue\"><tr><th>message</th><th>why</th><th>recognised</th>"
              + "<th>next candidates</th><th>decide</th></tr>");
      for (QueueItem item : items) {
        row(b, item, intents, csrf);
      }
      b.append("</table>");
    }
    charts(b, activity, nonce);
    return end(b);
  }

  private static void row(StringBuilder b, QueueItem item, List<String> intents, String csrf) {
    b.append("<tr class=\"item\" data-key=\"").append(escape(item.key())).append("\">");
    b.append("<td class=\"text\">").append(escape(item.text()));
    if (item.count() > 1) {
      b.append(" <span class=\"n\">×").append(item.count()).append("</span>");
    }
    b.append("</td><td>");
    item.reasons().stream()
        .sorted()
        .forEach(
            r ->
                b.append("<span class=\"tag ")
                    .append(r.name())
                    .append("\">")
                    .append(escape(r.label()))
                    .append("</span>"));
    b.append("</td><td>");
    if (item.intent() == null) {
      // Its confidence is that of the best intent, which the next column already shows.
      b.append("<em>out of scope</em></td>");
    } else {
      b.append(escape(item.intent()))
          .append(" <span class=\"n\">")
          .append(percent(item.confidence()))
          .append("</span></td>");
    }
    b.append("<td class=\"cand\">");
    for (Candidate c : item.next()) {
      b.append(escape(c.intent()))
          .append(" <span class=\"n\">")
          .append(percent(c.probability()))
          .append("</span><br>");
    }
    b.append("</td><td>");
    if (item.decision() != null) {
      b.append("<span class=\"decided\">")
          .append(
              item.decision() == Decision.INTENT
                  ? "→ " + escape(item.decidedIntent())
                  : "→ out of scope")
          .append("</span> ");
      b.append(form("/decide", csrf, item.key()))
          .append("<button name=\"action\" value=\"undo\">Undo</button></form>");
    } else {
      String suggested = item.intent() != null ? item.intent() : firstOrNull(item.next());
      b.append(form("/decide", csrf, item.key())).append("<select name=\"intent\">");
      for (String id : intents) {
        b.append("<option")
            .append(id.equals(suggested) ? " selected" : "")
            .append(">")
            .append(escape(id))
            .append("</option>");
      }
      b.append("</select> <button name=\"action\" value=\"intent\">Assign</button><br>")
          .append("<button name=\"action\" value=\"out-of-scope\">Out of scope</button> ")
          .append("<button name=\"action\" value=\"dismiss\">Dismiss</button></form>");
    }
    b.append("</td></tr>");
  }

  /** The measured change, with Save (or, when something got worse, Apply anyway). */
  static String preview(ApplyPreview p, String csrf) {
    StringBuilder b = start("Apply: before and after");
    if (!p.problems().isEmpty()) {
      b.append("<div class=\"bad\" id=\"problems\"><strong>Not saved: the change does not")
          .append(" validate.</strong><ul>");
      p.problems().forEach(x -> b.append("<li>").append(escape(x)).append("</li>"));
      b.append("</ul></div><p><a href=\"/\">Back to the queue</a></p>");
      return end(b);
    }
    diff(b, p);
    figures(b, p.before(), p.after());
    if (!p.worse().isEmpty()) {
      b.append("<div class=\"warn\" id=\"worse\"><strong>This change makes the bot worse on")
          .append(" some figures:</strong><ul>");
      p.worse().forEach(x -> b.append("<li>").append(escape(x)).append("</li>"));
      b.append("</ul>Save only if you are sure; the examples may belong to another intent.</div>");
    }
    b.append("<p><form method=\"post\" action=\"/save\" class=\"inline\">").append(csrfField(csrf));
    if (p.worse().isEmpty()) {
      b.append("<button class=\"primary\" id=\"save\">Save to the intent files</button>");
    } else {
      b.append("<input type=\"hidden\" name=\"anyway\" value=\"yes\">")
          .append("<button class=\"danger\" id=\"save\">Apply anyway</button>");
    }
    b.append("</form> <a href=\"/\">Back to the queue without saving</a></p>");
    return end(b);
  }

  /** After saving: what was written and the retrained figures. */
  static String saved(ApplyPreview p) {
    StringBuilder b = start("Saved");
    b.append("<p class=\"ok\" id=\"saved\">Saved to the intent files and retrained. A running bot")
        .append(" picks the files up by its hot reload; the figures below are the retrained")
        .append(" model's.</p>");
    diff(b, p);
    figures(b, p.before(), p.after());
    b.append("<p><a href=\"/\">Back to the queue</a></p>");
    return end(b);
  }

  /** A refusal, saying what to do instead. */
  static String refused(String why) {
    StringBuilder b = start("Not allowed");
    b.append("<p class=\"bad\">").append(escape(why)).append("</p>");
    return end(b);
  }

  private static void diff(StringBuilder b, ApplyPreview p) {
    b.append("<h2>Lines added to the intent files</h2><pre class=\"diff\" id=\"diff\">");
    p.added()
        .forEach(
            (file, lines) -> {
              b.append("<strong>").append(escape(file)).append("</strong>\n");
              lines.forEach(
                  l -> b.append("<span class=\"add\">+ ").append(escape(l)).append("</span>\n"));
            });
    b.append("</pre>");
    p.skipped().forEach(s -> b.append("<p class=\"n\">").append(escape(s)).append("</p>"));
  }

  private static void figures(StringBuilder b, EvaluationReport before, EvaluationReport after) {
    b.append("<h2>Evaluation before and after</h2><table id=\"delta\"><tr><th>set</th>")
        .append("<th>figure</th><th>before</th><th>after</th><th>change</th></tr>");
    for (EvalDelta.Figure f : EvalDelta.figures(before, after)) {
      String cls = f.worse() ? "worse" : f.change().startsWith("±") ? "" : "better";
      b.append("<tr><td>")
          .append(escape(f.group()))
          .append("</td><td>")
          .append(escape(f.name()))
          .append("</td><td>")
          .append(percent(f.before()))
          .append("</td><td>")
          .append(percent(f.after()))
          .append("</td><td class=\"")
          .append(cls)
          .append("\">")
          .append(escape(f.change()))
          .append("</td></tr>");
    }
    b.append("</table>");
    if (before.openWorld() == null) {
      b.append("<p class=\"n\">Open world not measured: start <code>review</code> with")
          .append(" <code>--open-world FILE</code> to include it.</p>");
    }
  }

  /**
   * The activity report's charts (the same as {@code report --html}), with {@code nonce} on their
   * scripts, which the page's Content-Security-Policy allows and nothing else.
   */
  private static void charts(StringBuilder b, Activity activity, String nonce) {
    b.append("<section id=\"charts\"><h2>Activity</h2>")
        .append(
            Html.withNonce(
                ActivityReport.libraryScript() + ActivityReport.from(activity).chartsFragment(),
                nonce))
        .append("</section>");
  }

  private static String form(String action, String csrf, String key) {
    return "<form class=\"inline\" method=\"post\" action=\""
        + action
        + "\">"
        + csrfField(csrf)
        + "<input type=\"hidden\" name=\"key\" value=\""
        + escape(key)
        + "\">";
  }

  private static String csrfField(String csrf) {
    return "<input type=\"hidden\" name=\"csrf\" value=\"" + escape(csrf) + "\">";
  }

  private static String firstOrNull(List<Candidate> candidates) {
    return candidates.isEmpty() ? null : candidates.get(0).intent();
  }

  static String percent(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f%%", v * 100);
  }

  private static StringBuilder start(String title) {
    StringBuilder b = new StringBuilder(8192);
    b.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(escape(title))
        .append(" · Spread Coach</title><style>")
        .append(STYLE)
        .append("</style></head><body><header><h1>Spread Coach · ")
        .append(escape(title))
        .append("</h1><p>What the bot missed or nearly missed. Only redacted text is shown.</p>")
        .append("</header><main>");
    return b;
  }

  private static String end(StringBuilder b) {
    return b.append("</main></body></html>").toString();
  }
}
