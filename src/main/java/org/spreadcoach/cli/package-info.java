/**
 * The {@code spreadcoach} command line (picocli): {@link org.spreadcoach.cli.Main} and the commands
 * that run the bot ({@code discord}, {@code console}, {@code replay}, {@code classify}), each of
 * which reads its options, asks {@link org.spreadcoach.app.Wiring} for the bot and chooses an
 * adapter; the maintainers' commands are in {@code cli.maintain}, what all share in {@code
 * cli.common}. Also the build's {@link org.spreadcoach.cli.BundledModel} step and the orderly stop
 * on SIGTERM.
 */
package org.spreadcoach.cli;
