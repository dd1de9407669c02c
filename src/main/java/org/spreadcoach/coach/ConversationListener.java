package org.spreadcoach.coach;

import java.util.List;
import org.spreadcoach.chat.Outcome;
import org.spreadcoach.nlu.Recognition;

/** Told about every message and question the coach handled; the knowledge base's log listens. */
public interface ConversationListener {

  /**
   * Tells the listener what the coach made of one message or question.
   *
   * @param recognition what the recogniser made of it, or null when it was never classified
   */
  void handled(
      String channel,
      String user,
      String text,
      boolean addressed,
      Recognition recognition,
      Outcome outcome);

  /** How long recognising one message took, in nanoseconds. */
  default void recognised(long nanos) {}

  static ConversationListener none() {
    return (channel, user, text, addressed, recognition, outcome) -> {};
  }

  /** Tells every listener, in order. */
  static ConversationListener all(List<ConversationListener> listeners) {
    List<ConversationListener> copy = List.copyOf(listeners);
    return new ConversationListener() {
      @Override
      public void handled(
          String channel,
          String user,
          String text,
          boolean addressed,
          Recognition recognition,
          Outcome outcome) {
        copy.forEach(l -> l.handled(channel, user, text, addressed, recognition, outcome));
      }

      @Override
      public void recognised(long nanos) {
        copy.forEach(l -> l.recognised(nanos));
      }
    };
  }
}
