/**
 * The maintainers' commands, which look after the bot rather than run it: {@code intents validate}
 * and {@code intents eval} over the intent files, {@code kb} over the knowledge base, {@code
 * report} for the activity report and {@code review} for the review queue.
 */
package org.spreadcoach.cli.maintain;
