/**
 * Keeping message text and credentials out of the Discord libraries' log lines: a Logback turbo
 * filter ({@link org.spreadcoach.discord.logs.LibraryLogFilter}, installed by {@code logback.xml})
 * that rewrites Javacord's, OkHttp's and the websocket's lines through {@link
 * org.spreadcoach.discord.logs.PayloadScrubber}. Part of the Discord adapter.
 */
package org.spreadcoach.discord.logs;
