package org.spreadcoach.chat;

import java.util.List;

/**
 * What the bot did with one event: posts, or a reason for silence. Command outcomes also say
 * whether the command succeeded ({@code ok}); refusals are posts with {@code ok=false} that say why.
 *
 * @param posts what the bot says, in order; empty when silent
 * @param silence why nothing was said, or null
 * @param ok for commands, whether it succeeded; null for plain messages
 */
public record Outcome(List<Post> posts, SilenceReason silence, Boolean ok) {

  public Outcome {
    posts = List.copyOf(posts);
  }

  public static Outcome reply(Post post) {
    return new Outcome(List.of(post), null, null);
  }

  public static Outcome silent(SilenceReason reason) {
    return new Outcome(List.of(), reason, null);
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
