package org.spreadcoach.reload;

import java.util.Set;
import org.spreadcoach.chat.CommandCall;
import org.spreadcoach.chat.CommandHandler;
import org.spreadcoach.chat.Outcome;
import org.spreadcoach.chat.Post;

/** {@code /admin reload}: maintainers reload the intents on demand. */
public final class AdminCommands implements CommandHandler {
  private final ModelReloader reloader;
  private final Set<String> maintainerRoles;

  public AdminCommands(ModelReloader reloader, Set<String> maintainerRoles) {
    this.reloader = reloader;
    this.maintainerRoles = Set.copyOf(maintainerRoles);
  }

  @Override
  public String command() {
    return "admin";
  }

  @Override
  public Outcome handle(CommandCall call) {
    if (!call.hasRole(maintainerRoles)) {
      return Outcome.refused(call.channel(), "Only maintainers (roles: "
          + String.join(", ", maintainerRoles) + ") can use `/admin`.");
    }
    if (!"reload".equals(call.sub())) {
      return Outcome.refused(call.channel(), "Try `/admin reload`.");
    }
    ModelReloader.Result result = reloader.reload();
    Post post = Post.plain(call.channel(), result.describe());
    return result.ok() ? Outcome.done(post) : new Outcome(java.util.List.of(post), null, false);
  }
}
