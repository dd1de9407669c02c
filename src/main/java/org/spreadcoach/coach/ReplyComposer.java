package org.spreadcoach.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.spreadcoach.chat.ChatText;
import org.spreadcoach.intents.Intent;
import org.spreadcoach.intents.IntentCatalog;
import org.spreadcoach.intents.Principle;

/** Writes the bot's replies from catalogue content, each within the platform's length limit. */
public final class ReplyComposer {
  static final String PRINCIPLES_TOKEN = "{principles}";
  private final int maxChars;

  public ReplyComposer(int maxChars) {
    this.maxChars = maxChars;
  }

  /**
   * A coaching reply: one line naming the principle at stake (when the intent has one), the
   * intent's lead text if any, then the prompts as a list. Prompts that would push the reply over
   * the limit are left out; there is always at least one.
   */
  public String coaching(IntentCatalog catalog, Intent intent, List<String> prompts) {
    StringBuilder head = new StringBuilder();
    catalog.principle(intent.principle()).ifPresent(p -> head.append(principleLine(p)));
    if (intent.answer() != null) {
      appendLine(head, expand(catalog, intent.answer()));
    }
    StringBuilder out = new StringBuilder(fit(head.toString(), maxChars / 2));
    for (String prompt : prompts) {
      String line = (prompts.size() > 1 ? "• " : "") + prompt;
      if (out.length() + line.length() + 1 > maxChars && out.length() > 0) {
        break;
      }
      appendLine(out, line);
    }
    return fit(out.toString(), maxChars);
  }

  /**
   * A reply and the peer advice it shows.
   *
   * @param text the reply
   * @param shown the advice that fitted under it
   */
  public record WithAdvice(String text, List<PeerAdvice> shown) {}

  /**
   * Adds peer advice under the coaching reply, each item marked as from a peer; items that would
   * push the reply over the limit are left out.
   */
  public WithAdvice withPeerAdvice(String reply, List<PeerAdvice> advice) {
    StringBuilder out = new StringBuilder(reply);
    String heading = "\nWhat peers advised before:";
    List<PeerAdvice> shown = new ArrayList<>();
    for (PeerAdvice item : advice) {
      String line = "\n> " + item.text().replace('\n', ' ') + " (peer advice)";
      int extra = line.length() + (shown.isEmpty() ? heading.length() : 0);
      if (out.length() + extra > maxChars) {
        continue;
      }
      if (shown.isEmpty()) {
        out.append(heading);
      }
      out.append(line);
      shown.add(item);
    }
    return new WithAdvice(out.toString(), shown);
  }

  /**
   * The answer to a general question: the principles the recogniser ranks highest for it, each
   * numbered with its tagline, and the one question that tells them apart, from each principle's
   * {@link Principle#choice}. The person picks one to go deeper; the tour of all principles stays
   * on {@code /coach principles}.
   */
  public String focused(List<Principle> ranked) {
    StringBuilder out = new StringBuilder("That's a broad one. It could be mostly about:");
    for (int i = 0; i < ranked.size(); i++) {
      Principle p = ranked.get(i);
      appendLine(
          out,
          (i + 1) + ". **" + p.name() + "**" + (p.tagline().isEmpty() ? "" : ": " + p.tagline()));
    }
    List<String> choices = ranked.stream().map(Principle::choice).toList();
    String last = choices.get(choices.size() - 1);
    appendLine(
        out,
        "Which is the hard part right now: "
            + String.join(", ", choices.subList(0, choices.size() - 1))
            + " or "
            + last
            + "?");
    appendLine(out, "Pick one to go deeper, or see them all with `/coach principles`.");
    return fit(out.toString(), maxChars);
  }

  /** A coaching reply on one principle, chosen by the person after a focused answer. */
  public String principleCoaching(Principle principle, List<String> prompts) {
    StringBuilder out = new StringBuilder(principleLine(principle));
    for (String prompt : prompts) {
      appendLine(out, (prompts.size() > 1 ? "• " : "") + prompt);
    }
    return fit(out.toString(), maxChars);
  }

  /** What the bot says when addressed with something it does not recognise. */
  public String fallback(IntentCatalog catalog) {
    String names =
        catalog.principles().stream().map(Principle::name).collect(Collectors.joining(", "));
    String text =
        "I coach people who are spreading a change beyond the team that built it, and I didn't"
            + " recognise a spread question there.\n"
            + "Try asking something like \"how do I get other wards to adopt our new pathway?\", or"
            + " use `/coach principles` to see what I coach on"
            + (names.isEmpty() ? "." : " (" + names + ").")
            + "\nFacilitators can run a co-coaching round with `/round start`.";
    return fit(text, maxChars);
  }

  /** The list of principles with a line each. */
  public String principles(IntentCatalog catalog) {
    String text =
        "The principles I coach on:\n"
            + tour(catalog)
            + "\nAsk `/coach principle name:<id>` for more on one.";
    return fit(text, maxChars);
  }

  /** One principle in full: summary, where to read more, and a few of its prompts. */
  public String principle(Principle principle, List<String> prompts) {
    StringBuilder out = new StringBuilder("**" + principle.name() + "**");
    if (!principle.summary().isEmpty()) {
      appendLine(out, principle.summary());
    }
    if (principle.readMore() != null) {
      appendLine(out, "Read more: <" + principle.readMore() + ">");
    }
    if (!prompts.isEmpty()) {
      appendLine(out, "Questions to think with:");
      prompts.forEach(p -> appendLine(out, "• " + p));
    }
    return fit(out.toString(), maxChars);
  }

  static String principleLine(Principle p) {
    return "Principle at stake: **"
        + p.name()
        + "**"
        + (p.tagline().isEmpty() ? "" : ": " + p.tagline());
  }

  private static String tour(IntentCatalog catalog) {
    return catalog.principles().stream()
        .map(
            p ->
                "• **"
                    + p.name()
                    + "** (`"
                    + p.id()
                    + "`)"
                    + (p.tagline().isEmpty() ? "" : ": " + p.tagline()))
        .collect(Collectors.joining("\n"));
  }

  private static String expand(IntentCatalog catalog, String text) {
    return text.contains(PRINCIPLES_TOKEN) ? text.replace(PRINCIPLES_TOKEN, tour(catalog)) : text;
  }

  private static void appendLine(StringBuilder sb, String line) {
    if (sb.length() > 0) {
      sb.append('\n');
    }
    sb.append(line);
  }

  /**
   * Cuts {@code text} to at most {@code max} characters, at a line or word break where there is
   * one, ending with an ellipsis.
   */
  public static String fit(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = ChatText.cutPoint(text, max - 1);
    return text.substring(0, cut).stripTrailing() + "…";
  }
}
