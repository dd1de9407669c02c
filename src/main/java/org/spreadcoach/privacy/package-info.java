/**
 * What the bot may keep about people, and how they take it back: logging only in channels that
 * opted in, personal data redacted and authors replaced by keyed pseudonyms before anything is
 * stored, old rows deleted by the retention job, and {@code /privacy} to see what a channel keeps
 * or erase everything one wrote. It writes through the {@link org.spreadcoach.kb.WriteQueue} port.
 */
package org.spreadcoach.privacy;
