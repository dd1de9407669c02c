package org.spreadcoach.intents;

import java.util.List;

/**
 * One spread principle (a coaching topic) from the catalogue.
 *
 * @param id stable lower-case id reported by {@code classify} and the knowledge base
 * @param name display name, may change
 * @param order where it comes in lists (the tour, {@code /coach principles}); lower first, then the
 *     order the files declare them
 * @param tagline a few words for the tour of principles
 * @param summary one paragraph on what the principle is about
 * @param readMore link to public guidance, or null
 * @param choice what the principle is about, in a few words that finish the question "which is the
 *     hard part: ...?" when a general question is narrowed down to it (its name by default)
 * @param prompts coaching questions for any intent under this principle
 * @param file where it was declared, for messages
 */
public record Principle(
    String id,
    String name,
    int order,
    String tagline,
    String summary,
    String readMore,
    String choice,
    List<String> prompts,
    String file) {

  public Principle {
    prompts = List.copyOf(prompts);
  }
}
