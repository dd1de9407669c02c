package org.spreadcoach.curation;

import java.util.List;
import java.util.stream.Collectors;
import org.spreadcoach.chat.Access;
import org.spreadcoach.chat.CommandCall;
import org.spreadcoach.chat.CommandHandler;
import org.spreadcoach.chat.CommandSpec;
import org.spreadcoach.chat.OptionSpec;
import org.spreadcoach.chat.Outcome;
import org.spreadcoach.chat.Post;
import org.spreadcoach.chat.SubcommandSpec;
import org.spreadcoach.kb.KnowledgeBase;
import org.spreadcoach.kb.KnowledgeBaseException;
import org.spreadcoach.kb.SearchHit;

/** {@code /kb search query:<text> [principle:<id>]}: maintainers search from chat. */
public final class KbSearchCommand implements CommandHandler {
  /** {@code /kb search}: for maintainers, answered privately. */
  public static final CommandSpec SPEC =
      CommandSpec.of(
          "kb",
          "The knowledge base (maintainers)",
          SubcommandSpec.of("search", "Search stored messages and advice")
              .onlyFor(Access.MAINTAINERS)
              .answeredPrivately()
              .withOptions(
                  OptionSpec.text("query", "Words to look for").asRequired(),
                  OptionSpec.principle("principle", "Only this principle"))
              .withDefaultOption("query"));

  private final KnowledgeBase kb;

  public KbSearchCommand(KnowledgeBase kb) {
    this.kb = kb;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Outcome handle(CommandCall call) {
    String query = call.arg("query").orElseThrow();
    List<SearchHit> hits;
    try {
      hits = kb.search(query, call.arg("principle").orElse(null), 5);
    } catch (KnowledgeBaseException e) {
      return Outcome.refused(call.channel(), "The knowledge base is not answering just now.");
    }
    String text =
        hits.isEmpty()
            ? "Nothing stored matches \"" + query + "\"."
            : "Top matches for \""
                + query
                + "\":\n"
                + hits.stream()
                    .map(
                        h ->
                            "• ["
                                + h.kind()
                                + (h.principle() == null ? "" : ", " + h.principle())
                                + "] "
                                + h.text().replace('\n', ' '))
                    .collect(Collectors.joining("\n"));
    return Outcome.done(Post.plain(call.channel(), text));
  }
}
