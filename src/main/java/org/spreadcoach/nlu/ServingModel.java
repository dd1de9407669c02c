package org.spreadcoach.nlu;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The model currently answering messages. A reload replaces it in one atomic step; a message in
 * flight keeps the model it started with, so no message is answered by half of each.
 */
public final class ServingModel {
  private record Served(IntentModel model, long generation) {}

  private final AtomicReference<Served> current;

  public ServingModel(IntentModel initial) {
    this.current = new AtomicReference<>(new Served(initial, 1));
  }

  public IntentModel current() {
    return current.get().model();
  }

  /** 1 for the model served at start, one more for each successful reload. */
  public long generation() {
    return current.get().generation();
  }

  /** Serves {@code next} from now on and returns the model it replaced. */
  public IntentModel replace(IntentModel next) {
    return current.getAndUpdate(s -> new Served(next, s.generation() + 1)).model();
  }
}
