package org.spreadcoach.curation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.spreadcoach.chat.CommandCall;
import org.spreadcoach.chat.CommandHandler;
import org.spreadcoach.chat.Outcome;
import org.spreadcoach.chat.Post;
import org.spreadcoach.kb.KnowledgeBase;
import org.spreadcoach.kb.KnowledgeBaseException;
import org.spreadcoach.kb.SearchHit;

/** {@code /kb search query:<text> [principle:<id>]}: maintainers search from chat. */
public final class KbSearchCommand implements CommandHandler {
  private final KnowledgeBase kb;
  private final Set<String> maintainerRoles;

  public KbSearchCommand(KnowledgeBase kb, Set<String> maintainerRoles) {
    this.kb = kb;
    this.maintainerRoles = Set.copyOf(maintainerRoles);
  }

  @Override
  public String command() {
    return "kb";
  }

  @Override
  public Outcome handle(CommandCall call) {
    if (!call.hasRole(maintainerRoles)) {
      return Outcome.refused(call.channel(), "Only maintainers (roles: "
          + String.join(", ", maintainerRoles) + ") can search the knowledge base.");
    }
    if (!"search".equals(call.sub()) && !call.sub().isEmpty()) {
      return Outcome.refused(call.channel(), "Try `/kb search query:<words>`.");
    }
    String query = call.arg("query").or(() -> call.arg("text")).orElse("");
    if (query.isBlank()) {
      return Outcome.refused(call.channel(), "Say what to look for: `/kb search query:<words>`.");
    }
    List<SearchHit> hits;
    try {
      hits = kb.search(query, call.arg("principle").orElse(null), 5);
    } catch (KnowledgeBaseException e) {
      return Outcome.refused(call.channel(), "The knowledge base is not answering just now.");
    }
    String text = hits.isEmpty() ? "Nothing stored matches \"" + query + "\"."
        : "Top matches for \"" + query + "\":\n" + hits.stream()
            .map(h -> "• [" + h.kind() + (h.principle() == null ? "" : ", " + h.principle())
                + "] " + h.text().replace('\n', ' '))
            .collect(Collectors.joining("\n"));
    return Outcome.done(Post.plain(call.channel(), text));
  }
}
