package org.spreadcoach.nlu;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.spreadcoach.nlu.text.FeatureExtractor;
import org.spreadcoach.nlu.text.FeatureSettings;
import org.spreadcoach.nlu.text.FeatureVocabulary;
import org.spreadcoach.nlu.text.TextNormaliser;

/**
 * An OpenNLP maxent categoriser (quasi-Newton trainer) over {@link FeatureExtractor} features.
 * Immutable after training and safe to share between threads.
 *
 * <p>It trains the way {@code DocumentCategorizerME.train} does (one OpenNLP {@link Event} per
 * document, its features as the context, given to OpenNLP's event trainer) but builds the events
 * itself, through a {@link FeatureVocabulary}, so that a feature may carry a real value (OpenNLP's
 * real-valued indexer): a count, which gives exactly doccat's model, or with {@link
 * FeatureSettings#tfidf()} a normalised tf-idf weight.
 *
 * <p>OpenNLP's {@code DocumentCategorizerME} is documented as not thread-safe, so this class keeps
 * only the trained {@link MaxentModel}, whose {@code eval} is read-only, and extracts features
 * itself with the very extractor used in training.
 */
public final class TextClassifier {
  /** The label of the explicit out-of-scope class trained on negative examples. */
  public static final String OOS = "_oos";

  private final TextNormaliser normaliser;
  private final FeatureExtractor extractor;
  private final FeatureVocabulary vocabulary;
  private final MaxentModel model;
  private final String[] labels;
  private final double temperature;

  private TextClassifier(
      TextNormaliser normaliser,
      FeatureExtractor extractor,
      FeatureVocabulary vocabulary,
      MaxentModel model,
      double temperature) {
    this.normaliser = normaliser;
    this.extractor = extractor;
    this.vocabulary = vocabulary;
    this.temperature = temperature;
    this.model = model;
    this.labels = new String[model.getNumOutcomes()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = model.getOutcome(i);
    }
  }

  /**
   * Trains on {@code samples}; needs at least two distinct labels. The same samples and settings
   * always give the same model.
   *
   * @throws IllegalArgumentException when there are fewer than two labels
   */
  public static TextClassifier train(List<LabelledText> samples, NluSettings settings) {
    if (samples.stream().map(LabelledText::label).distinct().count() < 2) {
      throw new IllegalArgumentException("training needs examples of at least two labels");
    }
    TextNormaliser normaliser = new TextNormaliser();
    FeatureExtractor extractor = new FeatureExtractor(settings.features());
    // A message given more than once (the gate repeats its spread questions to balance its two
    // classes) is extracted and vectorised once and counted as often as it is given, which gives
    // the same vocabulary and events as doing it each time.
    Map<String, Integer> distinctIndex = new HashMap<>();
    List<String> distinct = new ArrayList<>();
    int[] distinctOf = new int[samples.size()];
    for (int i = 0; i < samples.size(); i++) {
      distinctOf[i] =
          distinctIndex.computeIfAbsent(
              samples.get(i).text(),
              text -> {
                distinct.add(text);
                return distinct.size() - 1;
              });
    }
    int[] times = new int[distinct.size()];
    for (int d : distinctOf) {
      times[d]++;
    }
    // Extraction and weighting are per message and pure, so they run on every core; an ordered
    // stream keeps the events, and so the model, the same however many there are.
    List<List<String>> docs =
        distinct.parallelStream().map(text -> extractor.features(normaliser.tokens(text))).toList();
    FeatureVocabulary vocabulary =
        FeatureVocabulary.learn(docs, times, settings.cutoff(), settings.features().tfidf());
    List<FeatureVocabulary.Vector> vectors =
        docs.parallelStream().map(vocabulary::vectorise).toList();
    List<Event> events = new ArrayList<>(samples.size());
    for (int i = 0; i < samples.size(); i++) {
      FeatureVocabulary.Vector v = vectors.get(distinctOf[i]);
      events.add(new Event(samples.get(i).label(), v.codes(), v.values()));
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
    params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
    // The vocabulary has already left out rare features.
    params.put(TrainingParameters.CUTOFF_PARAM, 0);
    params.put(
        AbstractEventTrainer.DATA_INDEXER_PARAM,
        AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
    params.put(QNTrainer.L1COST_PARAM, settings.l1());
    params.put(QNTrainer.L2COST_PARAM, settings.l2());
    params.put(QNTrainer.THREADS_PARAM, settings.threads());
    try {
      MaxentModel model =
          TrainerFactory.getEventTrainer(params, null).train(new CollectionObjectStream<>(events));
      return new TextClassifier(normaliser, extractor, vocabulary, model, settings.temperature());
    } catch (IOException e) {
      throw new UncheckedIOException("training failed", e);
    }
  }

  /**
   * Writes the trained state (vocabulary and maxent parameters, through OpenNLP's own model writer)
   * so that {@link #read} restores a classifier that scores exactly as this one. Leaves {@code out}
   * open, so more can follow it (OpenNLP's writer closes what it writes to).
   */
  public void write(OutputStream out) throws IOException {
    DataOutputStream data =
        new DataOutputStream(
            new FilterOutputStream(out) {
              @Override
              public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
              }

              @Override
              public void close() throws IOException {
                flush();
              }
            });
    vocabulary.write(data);
    new GenericModelWriter((AbstractModel) model, data).persist();
    data.flush();
  }

  /**
   * Reads what {@link #write} wrote; {@code settings} must be those it was trained with (the
   * features are extracted and the confidence tempered by them).
   */
  public static TextClassifier read(InputStream in, NluSettings settings) throws IOException {
    DataInputStream data = new DataInputStream(in);
    FeatureVocabulary vocabulary = FeatureVocabulary.read(data);
    MaxentModel model = new GenericModelReader(new BinaryFileDataReader(data)).getModel();
    return new TextClassifier(
        new TextNormaliser(),
        new FeatureExtractor(settings.features()),
        vocabulary,
        model,
        settings.temperature());
  }

  /** Scores {@code text} against every label. */
  public Scores score(String text) {
    return scoreTokens(normaliser.tokens(text));
  }

  /** Scores already normalised tokens. */
  public Scores scoreTokens(String[] tokens) {
    return scoreFeatures(features(tokens));
  }

  /** The settings its features are extracted with. */
  FeatureSettings featureSettings() {
    return extractor.settings();
  }

  /** The features of normalised tokens, as this classifier's settings extract them. */
  List<String> features(String[] tokens) {
    return extractor.features(tokens);
  }

  /**
   * Scores features already extracted, by this classifier or another trained with the same feature
   * settings.
   */
  Scores scoreFeatures(List<String> features) {
    return scoreVector(vectorise(features));
  }

  /** The vector of features as this classifier's vocabulary weighs them. */
  FeatureVocabulary.Vector vectorise(List<String> features) {
    return vocabulary.vectorise(features);
  }

  /**
   * Scores a vector made by this classifier's {@link #vectorise}, or by one that {@link
   * #sharesVocabulary} with it.
   */
  Scores scoreVector(FeatureVocabulary.Vector v) {
    return Scores.of(labels, temper(model.eval(v.codes(), v.values()), temperature));
  }

  /**
   * Whether {@code other} turns features into the same vectors: true for classifiers trained on the
   * same messages with the same settings, whatever their labels.
   */
  boolean sharesVocabulary(TextClassifier other) {
    return vocabulary.equals(other.vocabulary);
  }

  /**
   * Temperature scaling: the softmax of the model's scores divided by {@code t}, worked from the
   * probabilities (log p is the score less a constant). Below one it sharpens without changing
   * which label is best. Normalised tf-idf features give flatter probabilities than raw counts, so
   * this keeps the bot's fixed thresholds (nlu.threshold, coach.ambientThreshold) meaning what they
   * meant.
   */
  static double[] temper(double[] probs, double t) {
    if (t == 1.0) {
      return probs;
    }
    double max = 0;
    for (double p : probs) {
      max = Math.max(max, p);
    }
    double sum = 0;
    double[] out = new double[probs.length];
    for (int i = 0; i < probs.length; i++) {
      out[i] = probs[i] <= 0 ? 0 : Math.exp(Math.log(probs[i] / max) / t);
      sum += out[i];
    }
    for (int i = 0; i < out.length; i++) {
      out[i] /= sum;
    }
    return out;
  }

  /** The tokens the classifier sees for {@code text}. */
  public String[] tokens(String text) {
    return normaliser.tokens(text);
  }

  public List<String> labels() {
    return List.of(labels);
  }
}
