/**
 * The {@code spreadcoach} command line (picocli): one class per command ({@code discord}, {@code
 * console}, {@code replay}, {@code classify}, {@code intents}, {@code kb}), each of which reads its
 * options, asks {@link org.spreadcoach.app.Wiring} for the bot and chooses an adapter; exit codes
 * in {@link org.spreadcoach.cli.Main}. Also the build's {@link org.spreadcoach.cli.BundledModel}
 * step and the orderly stop on SIGTERM.
 */
package org.spreadcoach.cli;
