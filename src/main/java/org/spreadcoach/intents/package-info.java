/**
 * The intent files maintainers curate in {@code intents/}: their model ({@link
 * org.spreadcoach.intents.IntentCatalog}), loading and validation with {@code file:line} messages.
 *
 * <p>The principle catalogue is data here too: a file that declares a principle adds it.
 */
package org.spreadcoach.intents;
