/**
 * Building the {@link org.spreadcoach.nlu.IntentModel} a catalogue asks for: {@link
 * org.spreadcoach.nlu.training.IntentTrainer} trains the intent classifier, the open-world gate and
 * the principle ranker, or loads them from the {@link org.spreadcoach.nlu.training.ModelCache} when
 * the same intents, settings and code trained them before. It depends on {@code nlu}, never the
 * other way round: a serving model knows nothing of how it was made.
 */
package org.spreadcoach.nlu.training;
