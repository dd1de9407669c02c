/**
 * The one immutable {@link org.spreadcoach.config.Config}: read once at start from an optional YAML
 * file plus {@code SPREADCOACH_*} environment variables, validated with messages that name the key
 * and the file line or the variable. Each key is a typed {@link org.spreadcoach.config.Key},
 * declared once beside the settings record that reads it; this package knows no feature, and the
 * app assembles the bot's {@link org.spreadcoach.config.ConfigSchema} from the records' keys.
 * Secrets are never part of it; they come from the environment or owner-only files through {@link
 * org.spreadcoach.config.Secrets}.
 */
package org.spreadcoach.config;
