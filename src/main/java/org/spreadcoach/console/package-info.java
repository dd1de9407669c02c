/**
 * The console adapter: chat lines typed in a terminal as one user in one channel, with the same
 * slash commands as on Discord.
 */
package org.spreadcoach.console;
