/**
 * Recognition: normalising chat text, turning it into features, training an OpenNLP maxent document
 * categoriser on the intent examples and deciding what is out of scope.
 *
 * <p>A trained {@link org.spreadcoach.nlu.IntentModel} is immutable and safe to share between
 * threads; {@link org.spreadcoach.nlu.ServingModel} swaps in a new one atomically on reload.
 */
package org.spreadcoach.nlu;
