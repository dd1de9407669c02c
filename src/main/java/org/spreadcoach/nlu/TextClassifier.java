package org.spreadcoach.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * An OpenNLP document categoriser (maxent, quasi-Newton trainer) over {@link FeatureExtractor}
 * features. Immutable after training and safe to share between threads.
 *
 * <p>OpenNLP's {@link DocumentCategorizerME} keeps no state between calls but is documented as not
 * thread-safe, so this class keeps only the trained {@link MaxentModel}, whose {@code eval} is
 * read-only, and extracts features itself with the very generator used in training.
 */
public final class TextClassifier {
  /** The label of the explicit out-of-scope class trained on negative examples. */
  public static final String OOS = "_oos";

  private final TextNormaliser normaliser;
  private final FeatureExtractor extractor;
  private final MaxentModel model;
  private final String[] labels;

  private TextClassifier(TextNormaliser normaliser, FeatureExtractor extractor, MaxentModel model) {
    this.normaliser = normaliser;
    this.extractor = extractor;
    this.model = model;
    this.labels = new String[model.getNumOutcomes()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = model.getOutcome(i);
    }
  }

  /**
   * Trains on {@code samples}; needs at least two distinct labels.
   *
   * @throws IllegalArgumentException when there are fewer than two labels
   */
  public static TextClassifier train(List<LabelledText> samples, NluSettings settings) {
    if (samples.stream().map(LabelledText::label).distinct().count() < 2) {
      throw new IllegalArgumentException("training needs examples of at least two labels");
    }
    TextNormaliser normaliser = new TextNormaliser();
    FeatureExtractor extractor = new FeatureExtractor(settings.features());
    List<DocumentSample> docs = new ArrayList<>(samples.size());
    for (LabelledText sample : samples) {
      docs.add(new DocumentSample(sample.label(), normaliser.tokens(sample.text())));
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
    params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
    // Every feature counts: intents have tens of examples, not thousands.
    params.put(TrainingParameters.CUTOFF_PARAM, 0);
    params.put(QNTrainer.L1COST_PARAM, settings.l1());
    params.put(QNTrainer.L2COST_PARAM, settings.l2());
    params.put(QNTrainer.THREADS_PARAM, settings.threads());
    try {
      DoccatModel doccat = DocumentCategorizerME.train("en", new CollectionObjectStream<>(docs),
          params, new DoccatFactory(new FeatureGenerator[] {extractor}));
      return new TextClassifier(normaliser, extractor, doccat.getMaxentModel());
    } catch (IOException e) {
      throw new UncheckedIOException("training failed", e);
    }
  }

  /** Scores {@code text} against every label. */
  public Scores score(String text) {
    return scoreTokens(normaliser.tokens(text));
  }

  /** Scores already normalised tokens. */
  public Scores scoreTokens(String[] tokens) {
    double[] probs = model.eval(extractor.features(tokens).toArray(String[]::new));
    return Scores.of(labels, probs);
  }

  /** The tokens the classifier sees for {@code text}. */
  public String[] tokens(String text) {
    return normaliser.tokens(text);
  }

  public List<String> labels() {
    return List.of(labels);
  }
}
