package org.spreadcoach.coach;

import org.spreadcoach.chat.Outcome;
import org.spreadcoach.nlu.Recognition;

/**
 * The coach's answer to a message or question, with what the recogniser made of it (for the
 * knowledge base's log).
 *
 * @param outcome what the bot says, or why it is silent
 * @param recognition the recognition, or null when the message was never classified
 */
public record CoachAnswer(Outcome outcome, Recognition recognition) {}
