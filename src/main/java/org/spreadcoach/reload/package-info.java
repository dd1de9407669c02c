/**
 * Changing intents without a restart: {@link org.spreadcoach.reload.ModelReloader} validates and
 * trains in the background and swaps the serving model only when both succeed; {@link
 * org.spreadcoach.reload.IntentWatcher} triggers it when a file in {@code intents/} changes, and
 * {@code /admin reload} on demand.
 */
package org.spreadcoach.reload;
