package org.spreadcoach.intents;

/**
 * A piece of advice shipped in an intents file, offered to askers as peer advice.
 *
 * @param principle the principle it speaks to
 * @param text the advice
 * @param file where it was declared
 * @param line its line
 */
public record CuratedAdvice(String principle, String text, String file, int line) {}
