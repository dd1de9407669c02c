package org.spreadcoach.reload;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spreadcoach.intents.LoadResult;
import org.spreadcoach.nlu.IntentModel;
import org.spreadcoach.nlu.ServingModel;
import org.spreadcoach.nlu.training.IntentTrainer;
import org.spreadcoach.yaml.Problem;

/**
 * Reloads the intents: validate, train, then swap the serving model in one atomic step. A file that
 * fails validation, or a model that fails to train, leaves the old model serving and reports every
 * problem as {@code file:line: message}. One reload at a time.
 */
public final class ModelReloader {
  private static final Logger LOG = LoggerFactory.getLogger(ModelReloader.class);

  /**
   * What a reload did.
   *
   * @param ok whether a new model now serves
   * @param generation the serving model's generation after the reload
   * @param problems why it failed, empty when ok
   */
  public record Result(boolean ok, long generation, List<Problem> problems) {

    /** One paragraph for a person: what serves now, and what to fix. */
    public String describe() {
      if (ok) {
        return "Reloaded the intents: model generation " + generation + " is serving.";
      }
      StringBuilder sb =
          new StringBuilder(
              "Reload failed; model generation "
                  + generation
                  + " keeps serving. Fix these and save again:");
      problems.forEach(p -> sb.append("\n").append(p));
      return sb.toString();
    }
  }

  /** Told about each reload, for metrics and the maintainers' channel. */
  public interface Listener {
    void reloaded(Result result);
  }

  private final ServingModel serving;
  private final Supplier<LoadResult> intents;
  private final IntentTrainer trainer;
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();

  /**
   * @param intents loads and validates the intent files afresh on each call
   */
  public ModelReloader(
      ServingModel serving,
      Supplier<LoadResult> intents,
      IntentTrainer trainer,
      List<Listener> listeners) {
    this.serving = serving;
    this.intents = intents;
    this.trainer = trainer;
    this.listeners.addAll(listeners);
  }

  /** Adds a listener told about every later reload. */
  public void addListener(Listener listener) {
    listeners.add(listener);
  }

  public synchronized Result reload() {
    Result result;
    LoadResult loaded = intents.get();
    if (!loaded.ok()) {
      result = new Result(false, serving.generation(), loaded.problems());
    } else {
      try {
        IntentModel next = trainer.train(loaded.catalog());
        serving.replace(next);
        result = new Result(true, serving.generation(), List.of());
      } catch (RuntimeException e) {
        result =
            new Result(
                false,
                serving.generation(),
                List.of(
                    new Problem("(training)", 0, "the model failed to train: " + e.getMessage())));
      }
    }
    if (result.ok()) {
      LOG.info(result.describe());
    } else {
      LOG.warn(result.describe());
    }
    for (Listener listener : listeners) {
      listener.reloaded(result);
    }
    return result;
  }
}
