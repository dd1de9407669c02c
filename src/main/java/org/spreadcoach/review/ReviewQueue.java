package org.spreadcoach.review;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.spreadcoach.intents.Utterances;
import org.spreadcoach.kb.Candidate;
import org.spreadcoach.kb.ReviewStore;
import org.spreadcoach.kb.ReviewStore.Decision;
import org.spreadcoach.kb.ReviewStore.Row;

/**
 * What the review page lists, computed from the messages the knowledge base still holds: those the
 * bot did not recognise when addressed, those whose reply drew a 👎 (addressed or ambient), and
 * close calls. Messages that differ only in case, punctuation and spacing are one item. A decision
 * on any of an item's messages is the item's: dismissed and applied items stay out of the queue for
 * as long as one of those messages is kept.
 */
public final class ReviewQueue {
  /** How many of the newest candidate messages are read; older ones wait for these to clear. */
  static final int WINDOW = 5_000;

  private final ReviewStore store;
  private final double closeCallMargin;

  public ReviewQueue(ReviewStore store, ReviewSettings settings) {
    this.store = store;
    this.closeCallMargin = settings.closeCallMargin();
  }

  /** The queue, most frequent first, then newest. */
  public List<QueueItem> items() {
    return group(store.candidates(WINDOW), closeCallMargin);
  }

  /** The item whose key is {@code key}, if it is queued. */
  public Optional<QueueItem> item(String key) {
    return items().stream().filter(i -> i.key().equals(key)).findFirst();
  }

  /** The queue from rows newest first: grouping, reasons and decisions. */
  static List<QueueItem> group(List<Row> newestFirst, double closeCallMargin) {
    Map<String, List<Row>> groups = new LinkedHashMap<>();
    for (Row row : newestFirst) {
      groups.computeIfAbsent(Utterances.key(row.text()), k -> new ArrayList<>()).add(row);
    }
    List<QueueItem> items = new ArrayList<>();
    groups.forEach(
        (key, rows) -> {
          Set<QueueItem.Reason> reasons = EnumSet.noneOf(QueueItem.Reason.class);
          Row decided = null;
          for (Row r : rows) {
            reasons.addAll(reasons(r, closeCallMargin));
            if (decided == null && r.decision() != null) {
              decided = r;
            }
          }
          if (reasons.isEmpty()
              || (decided != null
                  && (decided.applied() || decided.decision() == Decision.DISMISSED))) {
            return;
          }
          Row newest = rows.get(0);
          items.add(
              new QueueItem(
                  key,
                  newest.text(),
                  rows.size(),
                  rows.stream().map(Row::id).toList(),
                  newest.inScope() ? newest.intent() : null,
                  newest.confidence(),
                  next(newest),
                  reasons,
                  decided == null ? null : decided.decision(),
                  decided == null ? null : decided.decidedIntent()));
        });
    items.sort((a, b) -> Integer.compare(b.count(), a.count()));
    return items;
  }

  static Set<QueueItem.Reason> reasons(Row r, double closeCallMargin) {
    Set<QueueItem.Reason> out = EnumSet.noneOf(QueueItem.Reason.class);
    if (r.addressed() && !r.inScope()) {
      out.add(QueueItem.Reason.UNRECOGNISED);
    }
    if (r.thumbsDown()) {
      out.add(r.addressed() ? QueueItem.Reason.THUMBS_DOWN : QueueItem.Reason.AMBIENT_THUMBS_DOWN);
    }
    List<Candidate> c = r.candidates();
    if (r.inScope()
        && c.size() >= 2
        && c.get(0).probability() - c.get(1).probability() < closeCallMargin) {
      out.add(QueueItem.Reason.CLOSE_CALL);
    }
    return out;
  }

  /** The two candidates after the recognised intent; the best two when nothing was recognised. */
  private static List<Candidate> next(Row r) {
    return r.candidates().stream()
        .filter(c -> !r.inScope() || !c.intent().equals(r.intent()))
        .limit(2)
        .toList();
  }
}
