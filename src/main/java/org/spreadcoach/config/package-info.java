/**
 * The one immutable {@link org.spreadcoach.config.Config}: read once at start from an optional YAML
 * file plus {@code SPREADCOACH_*} environment variables, validated with messages that name the key
 * and the file line. Secrets are never part of it; they come from the environment or owner-only
 * files through {@link org.spreadcoach.config.Secrets}.
 */
package org.spreadcoach.config;
