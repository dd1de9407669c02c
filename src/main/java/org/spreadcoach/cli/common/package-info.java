/**
 * What every command shares: the options each takes ({@link
 * org.spreadcoach.cli.common.CommonOptions}: {@code --config}, {@code --intents}) and the exit
 * codes ({@link org.spreadcoach.cli.common.ExitCodes}).
 */
package org.spreadcoach.cli.common;
