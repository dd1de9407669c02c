/**
 * The maintainers' review queue as a local web page ({@code spreadcoach review}): what the bot
 * missed or nearly missed, grouped and ready to be assigned to an intent, marked out of scope or
 * dismissed; applying appends the examples to the intent files after showing the evaluation before
 * and after. Served by the JDK's HTTP server on 127.0.0.1 behind a one-time token.
 */
package org.spreadcoach.review;
