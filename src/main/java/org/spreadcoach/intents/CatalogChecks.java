package org.spreadcoach.intents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.spreadcoach.yaml.Located;
import org.spreadcoach.yaml.Problem;

/**
 * The checks that need every file at once: ids used twice, examples filed under two intents (or
 * also out of scope), and principles that are not in the catalogue.
 */
final class CatalogChecks {
  private final List<Problem> problems;
  private final Map<String, Principle> principles = new LinkedHashMap<>();
  private final Map<String, Intent> intents = new LinkedHashMap<>();
  private final List<Reference> principleRefs = new ArrayList<>();
  private final List<IntentRef> adviceIntents = new ArrayList<>();
  private final Map<String, Owner> exampleOwners = new HashMap<>();
  private final List<String> outOfScope = new ArrayList<>();
  private final List<CuratedAdvice> advice = new ArrayList<>();

  /** Every prompt asked under each principle (its own and its intents'), in file order. */
  private final Map<String, List<PromptRepeats.Entry>> promptPools = new LinkedHashMap<>();

  /** Advice that names its intent, to check once every file is read. */
  private record IntentRef(String intent, String principle, String file, int line) {}

  /** Where a principle id was used, to check it once every file is read. */
  private record Reference(String principle, String file, int line, String user) {}

  /** Who an example belongs to: an intent id, or null for out of scope. */
  private record Owner(String intent, String file, int line) {
    String describe() {
      return (intent == null ? "the out-of-scope examples" : "intent '" + intent + "'")
          + " ("
          + file
          + ":"
          + line
          + ")";
    }
  }

  CatalogChecks(List<Problem> problems) {
    this.problems = problems;
  }

  void principle(Principle principle, int line, List<Located<String>> prompts) {
    promptsOf(principle.id(), principle.file(), prompts);
    Principle earlier = principles.putIfAbsent(principle.id(), principle);
    if (earlier != null) {
      problems.add(
          new Problem(
              principle.file(),
              line,
              "principle '"
                  + principle.id()
                  + "' is declared twice (also in "
                  + earlier.file()
                  + ")"));
    }
  }

  void intent(
      Intent intent,
      int principleLine,
      List<Located<String>> examples,
      List<Located<String>> tests,
      List<Located<String>> prompts) {
    Intent earlier = intents.putIfAbsent(intent.id(), intent);
    if (earlier != null) {
      problems.add(
          new Problem(
              intent.file(),
              intent.line(),
              "intent '"
                  + intent.id()
                  + "' is declared twice (also at "
                  + earlier.file()
                  + ":"
                  + earlier.line()
                  + ")"));
      return;
    }
    if (intent.principle() != null) {
      promptsOf(intent.principle(), intent.file(), prompts);
      principleRefs.add(
          new Reference(
              intent.principle(), intent.file(), principleLine, "intent '" + intent.id() + "'"));
    }
    for (Located<String> example : examples) {
      claim(example, new Owner(intent.id(), intent.file(), example.line()), "example");
    }
    for (Located<String> test : tests) {
      claim(test, new Owner(intent.id(), intent.file(), test.line()), "test utterance");
    }
  }

  void outOfScope(String file, Located<String> example) {
    if (claim(example, new Owner(null, file, example.line()), "out-of-scope example")) {
      outOfScope.add(example.value());
    }
  }

  void advice(CuratedAdvice item, int principleLine, int intentLine) {
    principleRefs.add(new Reference(item.principle(), item.file(), principleLine, "advice"));
    if (item.intent() != null) {
      adviceIntents.add(new IntentRef(item.intent(), item.principle(), item.file(), intentLine));
    }
    advice.add(item);
  }

  private void promptsOf(String principle, String file, List<Located<String>> prompts) {
    List<PromptRepeats.Entry> pool = promptPools.computeIfAbsent(principle, p -> new ArrayList<>());
    prompts.forEach(p -> pool.add(new PromptRepeats.Entry(p.value(), file, p.line())));
  }

  /** What is worth a maintainer's look but does not stop the catalogue from loading. */
  List<Problem> warnings() {
    List<Problem> warnings = new ArrayList<>();
    promptPools.forEach(
        (principle, pool) -> warnings.addAll(PromptRepeats.warnings(principle, pool)));
    return warnings.stream().sorted().toList();
  }

  /**
   * Runs the checks that need every file and builds the catalogue.
   *
   * @param everyFileRead false when some file could not be read or parsed: then a principle that
   *     seems undeclared may be declared in that file, so references are not checked
   */
  IntentCatalog finish(boolean everyFileRead) {
    for (Reference ref : everyFileRead ? principleRefs : List.<Reference>of()) {
      if (!principles.containsKey(ref.principle())) {
        problems.add(
            new Problem(
                ref.file(),
                ref.line(),
                ref.user()
                    + " names principle '"
                    + ref.principle()
                    + "', which is not in the catalogue ("
                    + (principles.isEmpty()
                        ? "no principle is declared in any file"
                        : "known: " + String.join(", ", principles.keySet()))
                    + ")"));
      }
    }
    for (IntentRef ref : everyFileRead ? adviceIntents : List.<IntentRef>of()) {
      Intent intent = intents.get(ref.intent());
      if (intent == null) {
        problems.add(
            new Problem(
                ref.file(),
                ref.line(),
                "advice names intent '" + ref.intent() + "', which no file declares"));
      } else if (!ref.principle().equals(intent.principle())) {
        problems.add(
            new Problem(
                ref.file(),
                ref.line(),
                "advice names intent '"
                    + intent.id()
                    + "' of principle '"
                    + intent.principle()
                    + "' but principle '"
                    + ref.principle()
                    + "'"));
      }
    }
    if (everyFileRead && problems.isEmpty() && intents.isEmpty()) {
      problems.add(new Problem("(intents)", 0, "no intents declared in any file"));
    }
    List<Principle> ordered = new ArrayList<>(principles.values());
    ordered.sort(Comparator.comparingInt(Principle::order));
    return new IntentCatalog(ordered, List.copyOf(intents.values()), outOfScope, advice);
  }

  /**
   * Records who owns an utterance; reports it when someone else already does.
   *
   * @return true when the utterance is new
   */
  private boolean claim(Located<String> text, Owner owner, String what) {
    Owner earlier = exampleOwners.putIfAbsent(key(text.value()), owner);
    if (earlier == null) {
      return true;
    }
    String message =
        Objects.equals(earlier.intent(), owner.intent())
            ? what + " '" + text.value() + "' is repeated in " + earlier.describe()
            : what
                + " '"
                + text.value()
                + "' is filed under "
                + earlier.describe()
                + " and "
                + (owner.intent() == null ? "as out of scope" : "intent '" + owner.intent() + "'");
    problems.add(new Problem(owner.file(), text.line(), message));
    return false;
  }

  /** Two utterances are the same when they differ only in case, punctuation and spacing. */
  static String key(String text) {
    return Utterances.key(text);
  }
}
