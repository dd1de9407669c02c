/**
 * Offline measurement of recognition, beside the {@code nlu} package it measures: cross-validation,
 * must-pass tests and the development set ({@link org.spreadcoach.evaluation.IntentEvaluator}), the
 * open world, and the CLINC150 benchmark ({@link org.spreadcoach.evaluation.OosBenchmark}). Nothing
 * here runs while the bot serves.
 */
package org.spreadcoach.evaluation;
