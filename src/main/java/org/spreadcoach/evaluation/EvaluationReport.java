package org.spreadcoach.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * What {@code intents eval} reports. Rates are fractions between 0 and 1.
 *
 * @param folds cross-validation folds
 * @param examples labelled utterances cross-validated (intent examples and out-of-scope ones)
 * @param intents number of intents
 * @param accuracy fraction of all utterances given their right label (an intent, or out of scope)
 * @param inScopeAccuracy fraction of intent examples recognised as exactly their intent
 * @param falseTriggerRate fraction of out-of-scope examples taken for an intent
 * @param perIntent precision, recall and F1 of each intent
 * @param confusions the most frequent mistakes, worst first
 * @param testsTotal must-pass test utterances checked against the model trained on everything
 * @param testFailures those that did not classify as their intent
 * @param dev figures on the development set, or null when there is none
 * @param check figures on the check set (written apart from the intents and never tuned on), or
 *     null when there is none
 * @param openWorld how much everyday text would draw an unprompted reply, or null when no
 *     open-world corpus was given
 * @param predictions every cross-validated utterance with what it was taken for, in the order
 *     tested: what the charts of {@code intents eval --html} are drawn from (left out of {@code
 *     --json}, which reports the figures only)
 */
public record EvaluationReport(
    int folds,
    int examples,
    int intents,
    double accuracy,
    double inScopeAccuracy,
    double falseTriggerRate,
    List<IntentScore> perIntent,
    List<Confusion> confusions,
    int testsTotal,
    List<TestFailure> testFailures,
    DevSetScore dev,
    DevSetScore check,
    OpenWorldScore openWorld,
    @JsonIgnore List<Prediction> predictions) {

  /** The label of an utterance that is, or was taken as, about none of the intents. */
  public static final String OUT_OF_SCOPE = "out of scope";

  public EvaluationReport {
    predictions = List.copyOf(predictions);
  }

  /**
   * One cross-validated utterance.
   *
   * @param expected its label: an intent id, or "out of scope"
   * @param predicted what the model trained without it said: an intent id, or "out of scope"
   * @param confidence the recogniser's confidence in that answer
   */
  public record Prediction(String text, String expected, String predicted, double confidence) {

    public boolean right() {
      return expected.equals(predicted);
    }
  }

  /**
   * Everyday text, none of it about spreading a change, put to the bot as ambient channel chatter.
   *
   * @param source what it was, such as "CLINC150 test split"
   * @param total how many messages
   * @param answered how many would draw an unprompted reply
   * @param share answered / total
   * @param examples some of those answered, for a maintainer to read
   */
  public record OpenWorldScore(
      String source, int total, int answered, double share, List<String> examples) {}

  /** One intent's figures; support is how many of its examples were tested. */
  public record IntentScore(
      String intent, double precision, double recall, double f1, int support) {}

  /** A mistake and how often it happened; {@code predicted} may be "out of scope". */
  public record Confusion(String expected, String predicted, int count) {}

  /** A must-pass utterance that failed. */
  public record TestFailure(String intent, String text, String got, double confidence) {}

  /**
   * Figures on the development set, scored as an ambient channel would treat each message.
   *
   * @param total messages in the set
   * @param spreadQuestions messages labelled with a principle or {@code spread}
   * @param chatter messages labelled {@code oos}
   * @param inScopeRecall spread questions that would get an unprompted reply
   * @param falseTriggerRate chatter that would get an unprompted reply
   * @param principleLabelled messages labelled with a principle
   * @param principleAccuracy of those, the ones recognised under that principle
   * @param misses every message scored wrong, for a maintainer to read
   */
  public record DevSetScore(
      int total,
      int spreadQuestions,
      int chatter,
      double inScopeRecall,
      double falseTriggerRate,
      int principleLabelled,
      double principleAccuracy,
      List<DevMiss> misses) {}

  /** A development-set message scored wrong. */
  public record DevMiss(
      String file, int line, String label, String text, String got, double confidence) {}
}
