/**
 * The co-coaching rounds' {@link org.spreadcoach.rounds.RoundStore} in the knowledge base's
 * database, with the row locks that keep an offer out of a round another process has just closed.
 * Part of the JDBC adapter.
 */
package org.spreadcoach.kb.jdbc.rounds;
