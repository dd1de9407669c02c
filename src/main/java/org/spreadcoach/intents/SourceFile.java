package org.spreadcoach.intents;

/**
 * The text of one intent file and the name to use for it in messages.
 *
 * @param name the path as the user would type it, such as {@code intents/networks.yaml}
 * @param text the file's content
 */
public record SourceFile(String name, String text) {}
