/**
 * The reply policy: when the bot speaks, what it says, and how it avoids repeating itself.
 *
 * <p>Always answer when addressed, with a helpful fallback when out of scope; unprompted only in
 * ambient channels, only for confident spread questions, at most once per cooldown per channel.
 */
package org.spreadcoach.coach;
