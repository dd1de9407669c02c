package org.spreadcoach.kb;

/**
 * A message addressed to the bot that it did not recognise, with how often it was asked.
 *
 * @param text the redacted text (as first stored)
 * @param count how many times it (or the same words in another case) came up
 * @param nearest the recogniser's nearest intent at the time, or null
 */
public record Unrecognised(String text, long count, String nearest) {}
