import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.spreadcoach.intents.Intent;
import org.spreadcoach.intents.IntentCatalog;
import org.spreadcoach.intents.IntentSource;
import org.spreadcoach.nlu.NluSettings;
import org.spreadcoach.nlu.PrincipleRanker;
import org.spreadcoach.nlu.Scores;
import org.spreadcoach.nlu.TextClassifier;
import org.spreadcoach.nlu.training.IntentTrainer;

/**
 * Which names the principle of a spread question more often: the intent model's probabilities
 * summed by principle, or a model trained on the same examples labelled by principle (the
 * principle ranker)? Scope aside: each labelled question of the development sets counts as right
 * when the principle with the highest probability is its label. Run from the repository root:
 *
 * <pre>java -cp target/spreadcoach.jar docs/experiments/principle-ranker/Compare.java</pre>
 */
public class Compare {
  public static void main(String[] args) throws IOException {
    IntentCatalog catalog = new IntentSource().load(Path.of("intents"), true).orThrow();
    Map<String, String> principleOf = new HashMap<>();
    for (Intent intent : catalog.intents()) {
      if (intent.principle() != null) {
        principleOf.put(intent.id(), intent.principle());
        principleOf.put("principle:" + intent.principle(), intent.principle());
      }
    }
    System.out.println("| L2 | set | questions | intents summed | principle ranker |");
    System.out.println("|---|---|---|---|---|");
    NluSettings d = NluSettings.defaults();
    for (double l2 : new double[] {0.003, 0.01, 0.03, 0.1}) {
      NluSettings s =
          new NluSettings(
              d.threshold(), d.margin(), d.iterations(), d.l1(), l2, d.threads(), d.temperature(),
              d.cutoff(), d.features(), d.domainThreshold(), d.domainSure());
      TextClassifier intents = TextClassifier.train(IntentTrainer.samples(catalog), s);
      TextClassifier ranker = TextClassifier.train(PrincipleRanker.samples(catalog), s);
      for (String set : List.of("dev", "dev2")) {
        int n = 0;
        int summed = 0;
        int ranked = 0;
        for (String line : Files.readAllLines(Path.of("intents/eval/" + set + ".tsv"))) {
          String[] cols = line.split("\t", 2);
          if (line.startsWith("#") || cols.length < 2 || !principleOf.containsValue(cols[0])) {
            continue;
          }
          n++;
          summed += cols[0].equals(best(intents.score(cols[1]), principleOf)) ? 1 : 0;
          ranked += cols[0].equals(best(ranker.score(cols[1]), principleOf)) ? 1 : 0;
        }
        System.out.printf(
            "| %s | %s | %d | %.1f%% | %.1f%% |%n",
            l2, set, n, 100.0 * summed / n, 100.0 * ranked / n);
      }
    }
  }

  /** The principle with the most probability, its labels' probabilities summed. */
  private static String best(Scores scores, Map<String, String> principleOf) {
    Map<String, Double> sums = new HashMap<>();
    for (int i = 0; i < scores.labels().length; i++) {
      String label = scores.labels()[i];
      sums.merge(principleOf.getOrDefault(label, label), scores.probs()[i], Double::sum);
    }
    return sums.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }
}
