package org.spreadcoach.coach;

import org.spreadcoach.chat.Outcome;
import org.spreadcoach.nlu.Recognition;

/** Told about every message and question the coach handled; the knowledge base's log listens. */
public interface ConversationListener {

  /**
   * @param recognition what the recogniser made of it, or null when it was never classified
   */
  void handled(String channel, String user, String text, boolean addressed,
      Recognition recognition, Outcome outcome);

  static ConversationListener none() {
    return (channel, user, text, addressed, recognition, outcome) -> {};
  }
}
