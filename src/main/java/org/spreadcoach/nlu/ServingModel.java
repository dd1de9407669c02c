package org.spreadcoach.nlu;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The model currently answering messages. A reload replaces it in one atomic step; a message in
 * flight keeps the model it started with, so no message is answered by half of each.
 */
public final class ServingModel {
  private final AtomicReference<IntentModel> current;

  public ServingModel(IntentModel initial) {
    this.current = new AtomicReference<>(initial);
  }

  public IntentModel current() {
    return current.get();
  }

  /** Serves {@code next} from now on and returns the model it replaced. */
  public IntentModel replace(IntentModel next) {
    return current.getAndSet(next);
  }
}
