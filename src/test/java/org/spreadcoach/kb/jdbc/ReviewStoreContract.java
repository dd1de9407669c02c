package org.spreadcoach.kb.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spreadcoach.kb.Candidate;
import org.spreadcoach.kb.Exchange;
import org.spreadcoach.kb.KnowledgeBase;
import org.spreadcoach.kb.ReviewStore.Decision;
import org.spreadcoach.kb.ReviewStore.Row;

/**
 * The review queue's store, with a fresh knowledge base for each test; {@link
 * KnowledgeBaseContract} adds the rest of the knowledge base, and runs on SQLite and PostgreSQL.
 */
abstract class ReviewStoreContract {
  static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  protected KnowledgeBase kb;

  /** Opens a fresh, empty knowledge base. */
  protected abstract KnowledgeBase open();

  /** Releases what {@link #open()} made (drops a schema, deletes a file). */
  protected void cleanUp() {}

  @BeforeEach
  void setUp() {
    kb = open();
  }

  @AfterEach
  void tearDown() {
    kb.close();
    cleanUp();
  }

  private long message(
      Instant at, String author, String text, boolean inScope, boolean addressed, String ref) {
    return kb.recordExchange(
        new Exchange(
            at,
            "team",
            author,
            text,
            inScope ? "a.one" : null,
            inScope ? "networks" : null,
            "a.one",
            0.55,
            inScope,
            addressed,
            List.of(new Exchange.StoredReply("reply", null, null, ref, List.of())),
            List.of(new Candidate("a.one", 0.55), new Candidate("b.two", 0.45)),
            Double.NaN));
  }

  private Row row(long id) {
    return kb.review().candidates(100).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
  }

  @Test
  void readsWhatTheRecogniserMadeOfEachMessageAndAThumbsDownOnItsReply() {
    long missed = message(T0, "p_a", "what time is the canteen open", false, true, "r1");
    long liked = message(T0.plusSeconds(1), "p_b", "how do we spread it", true, false, "r2");
    kb.recordPosted("r2", "platform-2");
    kb.recordFeedback(T0.plusSeconds(2), "team", "platform-2", "p_c", -1);
    long chatter = message(T0.plusSeconds(3), "p_d", "cake on friday", false, false, "r3");

    List<Row> rows = kb.review().candidates(100);

    assertThat(rows).extracting(Row::id).containsExactly(liked, missed);
    assertThat(rows).extracting(Row::id).doesNotContain(chatter);
    Row down = row(liked);
    assertThat(down.thumbsDown()).isTrue();
    assertThat(down.inScope()).isTrue();
    assertThat(down.addressed()).isFalse();
    assertThat(down.candidates()).extracting(Candidate::intent).containsExactly("a.one", "b.two");
    assertThat(row(missed).thumbsDown()).isFalse();
    assertThat(row(missed).text()).isEqualTo("what time is the canteen open");
  }

  @Test
  void decisionsAreStoredReplacedTakenBackAndMarkedApplied() {
    long a = message(T0, "p_a", "one", false, true, null);
    long b = message(T0, "p_b", "two", false, true, null);

    kb.review().decide(List.of(a, b), Decision.DISMISSED, null, T0);
    kb.review().decide(List.of(a), Decision.INTENT, "b.two", T0);

    assertThat(row(a).decision()).isEqualTo(Decision.INTENT);
    assertThat(row(a).decidedIntent()).isEqualTo("b.two");
    assertThat(row(b).decision()).isEqualTo(Decision.DISMISSED);

    kb.review().markApplied(List.of(a), T0.plusSeconds(5));
    kb.review().undecide(List.of(a, b));

    assertThat(row(a).applied()).isTrue();
    assertThat(row(a).decision()).as("an applied decision stays").isEqualTo(Decision.INTENT);
    assertThat(row(b).decision()).isNull();
  }

  @Test
  void forgetRemovesAPersonsMessagesAndTheirDecisionsFromTheQueue() {
    long gone = message(T0, "p_gone", "what is the wifi password", false, true, null);
    long kept = message(T0, "p_kept", "where is the printer", false, true, null);
    kb.review().decide(List.of(gone, kept), Decision.OUT_OF_SCOPE, null, T0);

    kb.forget("p_gone");

    assertThat(kb.review().candidates(100)).extracting(Row::id).containsExactly(kept);
    // The decision went with the message: deciding on the id again stores nothing.
    kb.review().decide(List.of(gone), Decision.DISMISSED, null, T0);
    assertThat(kb.review().candidates(100)).extracting(Row::id).containsExactly(kept);
  }

  @Test
  void retentionRemovesOldMessagesAndTheirDecisionsFromTheQueue() {
    long old = message(T0, "p_a", "old question", false, true, null);
    long recent = message(T0.plusSeconds(3600), "p_a", "new question", false, true, null);
    kb.review().decide(List.of(old), Decision.DISMISSED, null, T0);

    kb.deleteOlderThan(T0.plusSeconds(60));

    assertThat(kb.review().candidates(100)).extracting(Row::id).containsExactly(recent);
  }
}
