/**
 * The one place that wires the bot together: {@link org.spreadcoach.app.Wiring} builds every
 * feature by constructor from the {@link org.spreadcoach.config.Config} and the settings records
 * read from it; the commands in {@code cli} only choose an adapter. The only package besides {@code
 * kb.jdbc} itself that refers to {@code kb.jdbc}.
 */
package org.spreadcoach.app;
