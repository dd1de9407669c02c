package org.spreadcoach.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.spreadcoach.kb.Candidate;
import org.spreadcoach.kb.ReviewStore.Decision;
import org.spreadcoach.kb.ReviewStore.Row;
import org.spreadcoach.review.QueueItem.Reason;

class ReviewQueueTest {
  private static final double MARGIN = 0.15;
  private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

  private static Row unrecognised(long id, String text) {
    return new Row(
        id,
        T.plusSeconds(id),
        text,
        null,
        0.3,
        false,
        true,
        List.of(new Candidate("a.one", 0.3), new Candidate("b.two", 0.2)),
        false,
        null,
        null,
        false);
  }

  private static Row recognised(long id, String text, double best, double second, boolean down) {
    return new Row(
        id,
        T.plusSeconds(id),
        text,
        "a.one",
        best,
        true,
        true,
        List.of(
            new Candidate("a.one", best),
            new Candidate("b.two", second),
            new Candidate("c.three", 0.01)),
        down,
        null,
        null,
        false);
  }

  private static Row decided(Row r, Decision d, boolean applied) {
    return new Row(
        r.id(),
        r.at(),
        r.text(),
        r.intent(),
        r.confidence(),
        r.inScope(),
        r.addressed(),
        r.candidates(),
        r.thumbsDown(),
        d,
        d == Decision.INTENT ? "b.two" : null,
        applied);
  }

  @Test
  void nearDuplicatesAreOneItemWithACountShowingTheNewestText() {
    List<QueueItem> items =
        ReviewQueue.group(
            List.of(
                unrecognised(3, "What time does the canteen open?"),
                unrecognised(2, "what time does  the canteen open"),
                unrecognised(1, "something else entirely")),
            MARGIN);

    assertThat(items).hasSize(2);
    QueueItem first = items.get(0);
    assertThat(first.count()).isEqualTo(2);
    assertThat(first.text()).isEqualTo("What time does the canteen open?");
    assertThat(first.messageIds()).containsExactly(3L, 2L);
    assertThat(first.reasons()).containsExactly(Reason.UNRECOGNISED);
    assertThat(first.intent()).isNull();
    assertThat(first.next()).extracting(Candidate::intent).containsExactly("a.one", "b.two");
  }

  @Test
  void aCloseCallIsQueuedAndAClearRecognitionIsNot() {
    List<QueueItem> items =
        ReviewQueue.group(
            List.of(
                recognised(2, "close one", 0.50, 0.40, false),
                recognised(1, "clear one", 0.80, 0.10, false)),
            MARGIN);

    assertThat(items).extracting(QueueItem::text).containsExactly("close one");
    QueueItem close = items.get(0);
    assertThat(close.reasons()).containsExactly(Reason.CLOSE_CALL);
    assertThat(close.intent()).isEqualTo("a.one");
    // The next two candidates after the recognised intent.
    assertThat(close.next()).extracting(Candidate::intent).containsExactly("b.two", "c.three");
  }

  @Test
  void thumbsDownQueuesAddressedAndAmbientRepliesWithTheirOwnReason() {
    Row addressed = recognised(2, "addressed one", 0.9, 0.05, true);
    Row ambient =
        new Row(
            1,
            T,
            "ambient one",
            "a.one",
            0.9,
            true,
            false,
            List.of(new Candidate("a.one", 0.9), new Candidate("b.two", 0.05)),
            true,
            null,
            null,
            false);

    List<QueueItem> items = ReviewQueue.group(List.of(addressed, ambient), MARGIN);

    assertThat(items)
        .extracting(QueueItem::text, QueueItem::reasons)
        .containsExactlyInAnyOrder(
            Tuple.tuple("addressed one", Set.of(Reason.THUMBS_DOWN)),
            Tuple.tuple("ambient one", Set.of(Reason.AMBIENT_THUMBS_DOWN)));
  }

  @Test
  void dismissedAndAppliedItemsLeaveTheQueueAndPendingOnesShowTheirDecision() {
    Row dismissed = decided(unrecognised(5, "dismiss me"), Decision.DISMISSED, false);
    Row againLater = unrecognised(6, "Dismiss me!");
    Row applied = decided(unrecognised(4, "applied already"), Decision.INTENT, true);
    Row pending = decided(unrecognised(3, "pending"), Decision.INTENT, false);

    List<QueueItem> items =
        ReviewQueue.group(List.of(againLater, dismissed, applied, pending), MARGIN);

    // A repeat of a dismissed message stays dismissed while the dismissed one is kept.
    assertThat(items).extracting(QueueItem::text).containsExactly("pending");
    assertThat(items.get(0).decision()).isEqualTo(Decision.INTENT);
    assertThat(items.get(0).decidedIntent()).isEqualTo("b.two");
  }

  @Test
  void mostFrequentFirst() {
    List<QueueItem> items =
        ReviewQueue.group(
            List.of(unrecognised(3, "once"), unrecognised(2, "twice"), unrecognised(1, "Twice")),
            MARGIN);

    assertThat(items).extracting(QueueItem::text).containsExactly("twice", "once");
  }
}
