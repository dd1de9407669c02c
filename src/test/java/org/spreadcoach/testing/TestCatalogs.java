package org.spreadcoach.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.spreadcoach.intents.BackgroundCorpus;
import org.spreadcoach.intents.IntentCatalog;
import org.spreadcoach.intents.IntentLoader;
import org.spreadcoach.intents.SourceFile;
import org.spreadcoach.nlu.IntentModel;
import org.spreadcoach.nlu.NluSettings;
import org.spreadcoach.nlu.training.IntentTrainer;

/** Small in-memory intent sets with fixed content, for fast unit tests. */
public final class TestCatalogs {
  private TestCatalogs() {}

  /** Two principles, two coaching intents, a general one, a greeting and some chatter. */
  public static final String SMALL =
      """
      version: 1
      principles:
        - id: networks
          name: Networks
          tagline: spread travels through relationships
          summary: Spread is social.
          readMore: https://www.england.nhs.uk/spread-and-adoption/
          prompts:
            - Which networks already exist?
            - Who connects the groups you need?
            - How will you keep the energy going?
            - Where do people already meet?
        - id: benefit
          name: Benefit
          tagline: start from what others value
          summary: Create pull.
          prompts:
            - What do they value?
            - Which local priority does it serve?
            - What evidence would convince them?
      intents:
        - id: networks.connect
          principle: networks
          examples:
            - who should i connect with to spread our pathway
            - how do we use networks to spread this
            - is there a community of practice for this
            - our champions network has gone quiet
            - how do i find people in other trusts who want this
            - who are the connectors i should talk to
            - how do we build a movement around our change
            - which networks could carry our change
          prompts:
            - Who already trusts you in the places you want to reach?
          tests:
            - how can i get our change talked about across the network
        - id: benefit.case
          principle: benefit
          examples:
            - how do i make the case for spreading our model
            - what evidence will convince other trusts to adopt it
            - the commissioners want to know whats in it for them
            - how do we show the value to other pcns
            - our data is good but nobody else is convinced
            - how do i pitch our pathway to other hospitals
            - what story should we tell so it gets adopted elsewhere
            - how do we link this to the ics priorities
          prompts:
            - How would they describe the benefit in their own words?
        - id: spread.general
          answer: "Spreading a change draws on a few principles:\\n{principles}"
          examples:
            - how do i spread this
            - how do we get other teams to use what we built
            - how do i get other trusts to adopt our falls framework
            - we want to roll our pathway out across the ics
            - any tips on scaling up our pilot
            - how do you spread an innovation across a system
          prompts:
            - Which of these feels hardest right now?
        - id: bot.greeting
          ambient: false
          examples: [hello, hi coach, hiya, good morning, hey there, morning bot]
          prompts:
            - Hello! What are you trying to spread?
      outOfScope:
        - who is bringing cake on friday
        - flu is spreading on ward 7
        - can someone share the rota spreadsheet
        - how do i scale the chart in excel
        - the network is down again
        - leadership meeting moved to 3pm
        - where is the benefits office
        - the falls audit is due on monday
        - anyone want a coffee
        - the printer is jammed again
        - what time is the fire drill
        - is the canteen open
      """;

  /**
   * Writes {@link #SMALL} into {@code dir} as an intents directory with an empty background corpus,
   * so the tests that read it from disk do not train on (or wait for) the bundled corpus.
   */
  public static Path writeSmall(Path dir) throws IOException {
    Files.createDirectories(dir.resolve(BackgroundCorpus.DIR));
    Files.writeString(dir.resolve("small.yaml"), SMALL);
    return dir;
  }

  public static IntentCatalog small() {
    return new IntentLoader().load(List.of(new SourceFile("small.yaml", SMALL))).orThrow();
  }

  public static IntentModel smallModel() {
    return new IntentTrainer(NluSettings.defaults()).train(small());
  }
}
