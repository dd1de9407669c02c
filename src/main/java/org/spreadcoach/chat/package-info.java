/**
 * The small records every chat adapter (Discord, console, replay) turns platform events into, and
 * the posts the core hands back for the adapter to render. Nothing here knows a platform.
 */
package org.spreadcoach.chat;
