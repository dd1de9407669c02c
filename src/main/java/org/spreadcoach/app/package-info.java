/**
 * The command line and the one place that wires the bot together: {@link
 * org.spreadcoach.app.Wiring} builds every feature by constructor from the {@link
 * org.spreadcoach.config.Config}; the commands only choose an adapter.
 */
package org.spreadcoach.app;
