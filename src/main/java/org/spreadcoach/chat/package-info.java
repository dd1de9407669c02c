/**
 * The small records every chat adapter (Discord, console, replay) turns platform events into, and
 * the posts the core hands back for the adapter to render; each command's one declaration ({@link
 * org.spreadcoach.chat.CommandSpec}) and the {@link org.spreadcoach.chat.CommandDispatcher} that
 * checks calls against it. Nothing here knows a platform.
 */
package org.spreadcoach.chat;
