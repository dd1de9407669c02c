package org.spreadcoach.chat;

import java.util.List;

/**
 * What the bot did with one event: posts, or a reason for silence. Command outcomes also say
 * whether the command succeeded ({@code ok}); refusals are posts with {@code ok=false} that say
 * why.
 *
 * @param posts what the bot says, in order; empty when silent
 * @param silence why nothing was said, or null
 * @param ok for commands, whether it succeeded; null for plain messages
 * @param why a silence explained in words for a person watching what a channel would do (the
 *     console's {@code --ambient}), such as what was recognised and the confidence it lacked; null
 *     when there is nothing to add to the reason
 */
public record Outcome(List<Post> posts, SilenceReason silence, Boolean ok, String why) {

  public Outcome {
    posts = List.copyOf(posts);
  }

  public Outcome(List<Post> posts, SilenceReason silence, Boolean ok) {
    this(posts, silence, ok, null);
  }

  public static Outcome reply(Post post) {
    return new Outcome(List.of(post), null, null);
  }

  public static Outcome silent(SilenceReason reason) {
    return new Outcome(List.of(), reason, null);
  }

  /** Silent, with the reason explained in words. */
  public static Outcome silent(SilenceReason reason, String why) {
    return new Outcome(List.of(), reason, null, why);
  }

  public static Outcome done(List<Post> posts) {
    return new Outcome(posts, null, true);
  }

  public static Outcome done(Post post) {
    return done(List.of(post));
  }

  /** A refused command: says why, in the channel it came from. */
  public static Outcome refused(String channel, String why) {
    return new Outcome(List.of(Post.plain(channel, why)), null, false);
  }
}
