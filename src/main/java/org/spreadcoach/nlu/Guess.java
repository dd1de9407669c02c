package org.spreadcoach.nlu;

/**
 * One label the recogniser weighed, with its probability: an intent, or a principle (its intents'
 * probabilities summed).
 *
 * @param label the intent or principle id
 * @param probability between 0 and 1
 */
public record Guess(String label, double probability) {}
