package org.spreadcoach.intents;

import java.util.List;

/**
 * Something askers need, recognised from examples and answered with prompts.
 *
 * @param id stable id, such as {@code networks.find-connectors}
 * @param principle the principle id, or null for general spread questions and small talk
 * @param ambient whether the bot may answer it unprompted in an ambient channel (spread questions
 *     yes; greetings, thanks and help only when addressed)
 * @param answer optional lead text said before the prompts; {@code {principles}} expands to the
 *     tour of the catalogue
 * @param examples training utterances
 * @param prompts coaching prompts (questions) or, for small talk, the replies
 * @param tests utterances that must classify as this intent
 * @param file where it was declared, for messages
 * @param line the line of its id, for messages
 */
public record Intent(
    String id,
    String principle,
    boolean ambient,
    String answer,
    List<String> examples,
    List<String> prompts,
    List<String> tests,
    String file,
    int line) {

  public Intent {
    examples = List.copyOf(examples);
    prompts = List.copyOf(prompts);
    tests = List.copyOf(tests);
  }
}
