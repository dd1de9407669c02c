package org.spreadcoach.intents;

import java.nio.file.Path;

/**
 * Where intents are read from.
 *
 * @param dir the directory
 * @param explicit whether the user named it: a missing named directory is an error, a missing
 *     default one falls back to the intents bundled in the jar
 */
public record IntentsLocation(Path dir, boolean explicit) {}
