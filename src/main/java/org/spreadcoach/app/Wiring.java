package org.spreadcoach.app;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spreadcoach.chat.ChannelMode;
import org.spreadcoach.coach.Coach;
import org.spreadcoach.coach.PeerAdviceSource;
import org.spreadcoach.config.Config;
import org.spreadcoach.intents.IntentCatalog;
import org.spreadcoach.intents.IntentSource;
import org.spreadcoach.nlu.IntentModel;
import org.spreadcoach.nlu.IntentTrainer;
import org.spreadcoach.nlu.ServingModel;

/**
 * The one place that builds the bot: every feature is constructed here, by constructor, from the
 * config. Adapters receive the finished {@link SpreadCoachBot}.
 */
public final class Wiring {
  private static final Logger LOG = LoggerFactory.getLogger(Wiring.class);

  private final ServingModel model;
  private final SpreadCoachBot bot;

  private Wiring(ServingModel model, SpreadCoachBot bot) {
    this.model = model;
    this.bot = bot;
  }

  /**
   * Loads the intents, trains the first model and builds the bot.
   *
   * @param defaultMode the mode of channels config does not name
   * @throws org.spreadcoach.intents.InvalidIntentsException when the intent files have problems
   */
  public static Wiring start(Config config, CommonOptions.IntentsLocation intents, Clock clock,
      ChannelMode defaultMode) {
    return assemble(config, train(config, intents), clock, defaultMode);
  }

  /** Builds the bot around an already trained model. */
  public static Wiring assemble(Config config, IntentModel first, Clock clock,
      ChannelMode defaultMode) {
    ServingModel model = new ServingModel(first);
    Coach coach = new Coach(model, config.coach(), config.channels(defaultMode), clock,
        PeerAdviceSource.none());
    SpreadCoachBot bot = new SpreadCoachBot(coach, List.of(coach), List.of());
    return new Wiring(model, bot);
  }

  /** Loads and validates the intents and trains a model on them. */
  public static IntentModel train(Config config, CommonOptions.IntentsLocation intents) {
    IntentSource source = new IntentSource();
    LOG.info("loading intents from {}", source.describe(intents.dir(), intents.explicit()));
    IntentCatalog catalog = source.load(intents.dir(), intents.explicit()).orThrow();
    return new IntentTrainer(config.nlu()).train(catalog);
  }

  public ServingModel model() {
    return model;
  }

  public SpreadCoachBot bot() {
    return bot;
  }
}
