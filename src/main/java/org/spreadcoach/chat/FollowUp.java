package org.spreadcoach.chat;

/**
 * A choice the bot offers under a post, such as one principle to go deeper on: a button on Discord,
 * a numbered line in the console, a {@code choice} event in replay. Picking it comes back to the
 * bot as {@link ChatHandler#onFollowUp}.
 *
 * @param label what the person sees
 * @param key what comes back when they pick it: opaque to adapters, at most {@link #MAX_KEY}
 *     characters (Discord's limit for a button's id)
 */
public record FollowUp(String label, String key) {
  public static final int MAX_KEY = 100;

  public FollowUp {
    if (key.isEmpty() || key.length() > MAX_KEY) {
      throw new IllegalArgumentException("a follow-up key has 1 to " + MAX_KEY + " characters");
    }
  }
}
