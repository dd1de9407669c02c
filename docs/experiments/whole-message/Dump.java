import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.spreadcoach.intents.Intent;
import org.spreadcoach.intents.IntentCatalog;
import org.spreadcoach.intents.IntentSource;

/**
 * Writes the open-world gate's training messages as TSV (side, intent, text): the examples of the
 * intents answered unprompted are "spread"; the other intents, the out-of-scope examples and the
 * background corpus are "other". Run with the bot's jar on the class path: java -cp
 * target/spreadcoach.jar Dump.java INTENTS_DIR OUT.tsv
 */
public class Dump {
  public static void main(String[] args) throws IOException {
    IntentCatalog catalog = new IntentSource().load(Path.of(args[0]), true).orThrow();
    List<String> out = new ArrayList<>();
    for (Intent intent : catalog.intents()) {
      String side = intent.ambient() ? "spread" : "other";
      intent.examples().forEach(e -> out.add(side + "\t" + intent.id() + "\t" + flat(e)));
    }
    catalog.outOfScope().forEach(e -> out.add("other\tout-of-scope\t" + flat(e)));
    catalog.background().forEach(e -> out.add("other\tbackground\t" + flat(e)));
    Files.write(Path.of(args[1]), out);
  }

  private static String flat(String text) {
    return text.replace('\t', ' ').replace('\n', ' ');
  }
}
