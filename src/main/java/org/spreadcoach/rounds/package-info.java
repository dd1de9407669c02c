/**
 * Co-coaching rounds for facilitators: one piece of advice per person for a named spreader, a timer
 * with a one-minute warning, a summary grouped by principle, and the advice kept as peer advice
 * when the round says so. Rounds live in a {@link org.spreadcoach.rounds.RoundStore} (the knowledge
 * base), so a restart resumes them.
 */
package org.spreadcoach.rounds;
