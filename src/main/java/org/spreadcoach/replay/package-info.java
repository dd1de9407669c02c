/**
 * The replay adapter: JSON-lines chat events in, the bot's actions out as JSON lines, on a manual
 * clock so the same input and config always give the same output.
 */
package org.spreadcoach.replay;
