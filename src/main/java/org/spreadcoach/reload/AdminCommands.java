package org.spreadcoach.reload;

import java.util.List;
import org.spreadcoach.chat.Access;
import org.spreadcoach.chat.CommandCall;
import org.spreadcoach.chat.CommandHandler;
import org.spreadcoach.chat.CommandSpec;
import org.spreadcoach.chat.Outcome;
import org.spreadcoach.chat.Post;
import org.spreadcoach.chat.SubcommandSpec;

/** {@code /admin reload}: maintainers reload the intents on demand. */
public final class AdminCommands implements CommandHandler {
  /** {@code /admin}: for maintainers, answered privately. */
  public static final CommandSpec SPEC =
      CommandSpec.of(
          "admin",
          "Bot administration (maintainers)",
          SubcommandSpec.of(
                  "reload", "Reload the intent files; the old model keeps serving if they are bad")
              .onlyFor(Access.MAINTAINERS)
              .answeredPrivately());

  private final ModelReloader reloader;

  public AdminCommands(ModelReloader reloader) {
    this.reloader = reloader;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Outcome handle(CommandCall call) {
    ModelReloader.Result result = reloader.reload();
    Post post = Post.plain(call.channel(), result.describe());
    return result.ok() ? Outcome.done(post) : new Outcome(List.of(post), null, false);
  }
}
