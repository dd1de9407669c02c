package org.spreadcoach.intents;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything loaded from an intents directory: the principle catalogue, the intents and the
 * out-of-scope examples. Immutable; a reload builds a new one.
 */
public final class IntentCatalog {
  private final Map<String, Principle> principles;
  private final Map<String, Intent> intents;
  private final List<String> outOfScope;
  private final List<CuratedAdvice> advice;
  private final List<String> background;

  public IntentCatalog(
      List<Principle> principles,
      List<Intent> intents,
      List<String> outOfScope,
      List<CuratedAdvice> advice) {
    this(principles, intents, outOfScope, advice, List.of());
  }

  private IntentCatalog(
      List<Principle> principles,
      List<Intent> intents,
      List<String> outOfScope,
      List<CuratedAdvice> advice,
      List<String> background) {
    Map<String, Principle> p = new LinkedHashMap<>();
    principles.forEach(x -> p.put(x.id(), x));
    Map<String, Intent> i = new LinkedHashMap<>();
    intents.forEach(x -> i.put(x.id(), x));
    this.principles = Collections.unmodifiableMap(p);
    this.intents = Collections.unmodifiableMap(i);
    this.outOfScope = List.copyOf(outOfScope);
    this.advice = List.copyOf(advice);
    this.background = List.copyOf(background);
  }

  /**
   * This catalogue with a background corpus (see {@link BackgroundCorpus}). A line that is also a
   * curated example, test or out-of-scope example is left out: the curated file says what it is.
   */
  public IntentCatalog withBackground(List<String> lines) {
    Set<String> curated = new HashSet<>();
    this.intents
        .values()
        .forEach(
            i -> {
              i.examples().forEach(e -> curated.add(CatalogChecks.key(e)));
              i.tests().forEach(e -> curated.add(CatalogChecks.key(e)));
            });
    outOfScope.forEach(e -> curated.add(CatalogChecks.key(e)));
    Set<String> seen = new HashSet<>();
    List<String> kept =
        lines.stream()
            .filter(l -> !curated.contains(CatalogChecks.key(l)) && seen.add(CatalogChecks.key(l)))
            .toList();
    return new IntentCatalog(principles(), intents(), outOfScope, advice, kept);
  }

  /** Everyday text the recogniser learns the open world from; empty when there is none. */
  public List<String> background() {
    return background;
  }

  /** Principles in the order their files declared them. */
  public List<Principle> principles() {
    return List.copyOf(principles.values());
  }

  public Optional<Principle> principle(String id) {
    return Optional.ofNullable(id == null ? null : principles.get(id));
  }

  public List<Intent> intents() {
    return List.copyOf(intents.values());
  }

  public Optional<Intent> intent(String id) {
    return Optional.ofNullable(id == null ? null : intents.get(id));
  }

  public List<String> outOfScope() {
    return outOfScope;
  }

  /** Advice shipped with the intents so a fresh install has some peer advice. */
  public List<CuratedAdvice> advice() {
    return advice;
  }

  public int exampleCount() {
    return intents.values().stream().mapToInt(x -> x.examples().size()).sum();
  }
}
