package org.spreadcoach.rounds;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spreadcoach.intents.IntentCatalog;
import org.spreadcoach.intents.Principle;

/** What the bot says about rounds: the rules, status, warning, summary and Markdown export. */
final class RoundText {
  static final String OTHER = "Other";

  private RoundText() {}

  static String rules(long id, String topic, String spreaderLabel, int minutes, boolean store) {
    return "**Co-coaching round #"
        + id
        + "** on: "
        + topic
        + "\n"
        + "Spreader: "
        + spreaderLabel
        + ". For the next "
        + minutes
        + " minute"
        + (minutes == 1 ? "" : "s")
        + ", each of you offers **one** piece of advice with "
        + "`/round advice text:<advice>` (add `anonymous:true` to keep it unlinked to you), or a "
        + "reply in the round's thread. A second offer replaces your first.\n"
        + "No debating: the spreader listens, then names the most useful advice and one next "
        + "action with `/round reflect text:<reflection>`.\n"
        + (store
            ? "When the round closes its advice is kept, without names, as peer advice for "
                + "people who ask later."
            : "Nothing of this round is kept after its summary.");
  }

  static String status(RoundRecord round, int advisers, Duration left) {
    return "Round #"
        + round.id()
        + " on: "
        + round.topic()
        + ". "
        + advisers
        + " "
        + (advisers == 1 ? "person has" : "people have")
        + " offered advice; "
        + describe(left)
        + " left."
        + (round.reflection() == null ? "" : " The spreader has reflected.");
  }

  static String warning(RoundRecord round, int advisers) {
    return "One minute left in round #"
        + round.id()
        + " ("
        + advisers
        + " piece"
        + (advisers == 1 ? "" : "s")
        + " of advice so far). Last offers now; spreader, get ready "
        + "to reflect with `/round reflect`.";
  }

  /** The summary posted when a round closes: advice grouped by principle, counts, reflection. */
  static String summary(
      RoundRecord round, List<RoundAdvice> advice, IntentCatalog catalog, boolean byTimer) {
    StringBuilder sb =
        new StringBuilder(
            "**Round #"
                + round.id()
                + " closed"
                + (byTimer ? " (time is up)" : "")
                + "**: "
                + round.topic()
                + "\n");
    sb.append(advice.size())
        .append(advice.size() == 1 ? " piece" : " pieces")
        .append(" of advice.");
    for (Map.Entry<String, List<RoundAdvice>> group : groups(advice, catalog).entrySet()) {
      sb.append("\n\n**")
          .append(group.getKey())
          .append("** (")
          .append(group.getValue().size())
          .append(")");
      group.getValue().forEach(a -> sb.append("\n• ").append(a.text().replace('\n', ' ')));
    }
    if (round.reflection() != null) {
      sb.append("\n\n**Spreader's reflection:** ").append(round.reflection());
    }
    sb.append("\n\n")
        .append(
            round.store()
                ? "This advice is now kept as peer advice for people who ask later. Export it with "
                    + "`/round export id:"
                    + round.id()
                    + " format:markdown`."
                : "Nothing of this round is kept.");
    return sb.toString();
  }

  static String markdown(RoundRecord round, List<RoundAdvice> advice, IntentCatalog catalog) {
    StringBuilder sb =
        new StringBuilder("# Co-coaching round " + round.id() + ": " + round.topic() + "\n\n");
    sb.append("- Opened: ").append(round.opened()).append("\n");
    sb.append("- Closed: ")
        .append(round.closed() == null ? "still open" : round.closed())
        .append("\n");
    sb.append("- Advice: ").append(advice.size()).append("\n");
    for (Map.Entry<String, List<RoundAdvice>> group : groups(advice, catalog).entrySet()) {
      sb.append("\n## ")
          .append(group.getKey())
          .append(" (")
          .append(group.getValue().size())
          .append(")\n\n");
      group
          .getValue()
          .forEach(a -> sb.append("- ").append(a.text().replace('\n', ' ')).append("\n"));
    }
    if (round.reflection() != null) {
      sb.append("\n## Spreader's reflection\n\n").append(round.reflection()).append("\n");
    }
    return sb.toString();
  }

  /** Advice by principle name in catalogue order, "Other" last; each group in offer order. */
  static Map<String, List<RoundAdvice>> groups(List<RoundAdvice> advice, IntentCatalog catalog) {
    Map<String, List<RoundAdvice>> groups = new LinkedHashMap<>();
    for (Principle p : catalog.principles()) {
      List<RoundAdvice> in = advice.stream().filter(a -> p.id().equals(a.principle())).toList();
      if (!in.isEmpty()) {
        groups.put(p.name(), in);
      }
    }
    List<RoundAdvice> other = new ArrayList<>();
    for (RoundAdvice a : advice) {
      if (a.principle() == null || catalog.principle(a.principle()).isEmpty()) {
        other.add(a);
      }
    }
    if (!other.isEmpty()) {
      groups.put(OTHER, other);
    }
    return groups;
  }

  static String describe(Duration left) {
    long seconds = Math.max(0, left.toSeconds());
    long minutes = seconds / 60;
    long rest = seconds % 60;
    if (minutes == 0) {
      return rest + " s";
    }
    return rest == 0 ? minutes + " min" : minutes + " min " + rest + " s";
  }
}
