/**
 * The Discord adapter, and the only package that imports Javacord. It maps Javacord events to the
 * core's records ({@link org.spreadcoach.chat.ChatMessage}, {@link
 * org.spreadcoach.chat.CommandCall}) and renders the core's {@link org.spreadcoach.chat.Post}s, so
 * the coach, rounds and knowledge base are the same code as in console and replay. Javacord has
 * ceased development; this boundary is what lets another client replace it.
 */
package org.spreadcoach.discord;
