package org.spreadcoach.nlu;

/** A training or test utterance with its label (an intent id or {@link TextClassifier#OOS}). */
public record LabelledText(String label, String text) {}
