package org.spreadcoach.kb.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.spreadcoach.intents.CuratedAdvice;
import org.spreadcoach.kb.Activity;
import org.spreadcoach.kb.AdviceCandidate;
import org.spreadcoach.kb.Candidate;
import org.spreadcoach.kb.Exchange;
import org.spreadcoach.kb.KbStats;
import org.spreadcoach.kb.KnowledgeBase;
import org.spreadcoach.kb.NewAdvice;
import org.spreadcoach.kb.SearchHit;
import org.spreadcoach.kb.Unrecognised;
import org.spreadcoach.rounds.AdviceFit;
import org.spreadcoach.rounds.RoundAdvice;
import org.spreadcoach.rounds.RoundStore;

/**
 * The behaviour every knowledge base must have; run against SQLite and PostgreSQL. The review
 * queue's store, and the lifecycle (a fresh knowledge base per test), come from {@link
 * ReviewStoreContract}.
 */
abstract class KnowledgeBaseContract extends ReviewStoreContract {

  static Exchange exchange(
      Instant at,
      String author,
      String text,
      boolean inScope,
      String principle,
      boolean addressed) {
    return new Exchange(
        at,
        "team",
        author,
        text,
        inScope ? "x.intent" : null,
        inScope ? principle : null,
        inScope ? null : "x.near",
        0.8,
        inScope,
        addressed,
        List.of(new Exchange.StoredReply("reply to " + text, null, principle)));
  }

  @Test
  void storesAnExchangeWithItsRepliesAndCountsIt() {
    long id =
        kb.recordExchange(
            exchange(T0, "p_a", "how do we spread the falls pathway", true, "networks", false));

    assertThat(id).isPositive();
    KbStats stats = kb.stats();
    assertThat(stats.messages()).isEqualTo(1);
    assertThat(stats.inScope()).isEqualTo(1);
    assertThat(stats.replies()).isEqualTo(1);
    assertThat(stats.byPrinciple()).isEqualTo(Map.of("networks", 1L));
  }

  @Test
  void searchFindsMessagesAndAdviceByTheirWordsRankedAndFiltered() {
    kb.recordExchange(
        exchange(
            T0,
            "p_a",
            "our falls framework needs champions on every ward",
            true,
            "networks",
            false));
    kb.recordExchange(
        exchange(T0, "p_b", "the discharge pathway works in two trusts", true, "benefit", false));
    kb.addAdvice(
        List.of(
            new NewAdvice(
                T0,
                "networks",
                "Find the falls champions who already " + "talk to each other",
                "p_c",
                "round",
                null)));

    List<SearchHit> hits = kb.search("falls champions", null, 10);
    List<SearchHit> networksOnly = kb.search("pathway trusts", "networks", 10);

    assertThat(hits)
        .hasSize(2)
        .extracting(SearchHit::kind)
        .containsExactlyInAnyOrder("message", "advice");
    assertThat(hits.get(0).score()).isGreaterThanOrEqualTo(hits.get(1).score());
    assertThat(networksOnly).isEmpty();
    assertThat(kb.search("pathway trusts", "benefit", 10))
        .singleElement()
        .satisfies(h -> assertThat(h.text()).contains("discharge pathway"));
  }

  @Test
  void searchIgnoresQuoteAndOperatorCharactersInTheQuery() {
    kb.recordExchange(exchange(T0, "p_a", "champions network", true, "networks", false));

    assertThat(kb.search("\"champions\" OR NOT (network* -x:y", null, 5)).hasSize(1);
    assertThat(kb.search("the and of", null, 5)).isEmpty();
  }

  @Test
  void adviceCandidatesAreTheBestMatchesAndThePrinciplesNewestNeverTheAskersOwnOrAJoke() {
    kb.addAdvice(
        List.of(
            new NewAdvice(
                T0,
                "networks",
                "Ask the matrons who they phone for help",
                "p_other",
                "round",
                null,
                "networks.find-connectors",
                true),
            new NewAdvice(
                T0,
                "networks",
                "Post your falls story in the regional champions group",
                "p_asker",
                "round",
                null),
            new NewAdvice(
                T0, "networks", "Map who links the community teams", null, "curated", null),
            new NewAdvice(
                T0, "benefit", "Show the matrons the bed days saved", null, "curated", null),
            new NewAdvice(
                T0,
                "networks",
                "bring the matrons biscuits",
                "p_joker",
                "round",
                null,
                null,
                false),
            new NewAdvice(T0, "learning", "Write down what failed", null, "curated", null)));

    List<AdviceCandidate> candidates =
        kb.adviceCandidates("which matrons should we phone", "networks", "p_asker", 10);

    assertThat(candidates)
        .extracting(AdviceCandidate::text)
        .containsExactlyInAnyOrder(
            "Ask the matrons who they phone for help",
            "Map who links the community teams",
            "Show the matrons the bed days saved");
    assertThat(candidates)
        .filteredOn(a -> a.text().startsWith("Ask the matrons"))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.intent()).isEqualTo("networks.find-connectors");
              assertThat(a.relevance()).isPositive();
            });
    assertThat(candidates)
        .filteredOn(a -> a.text().startsWith("Map who"))
        .singleElement()
        .satisfies(a -> assertThat(a.relevance()).as("no word matches").isZero());
  }

  @Test
  void reactionsToThePostedReplyReachTheAdviceItOffered() {
    List<Long> ids =
        kb.addAdvice(
            List.of(
                new NewAdvice(
                    T0,
                    "networks",
                    "Find the person every matron already phones",
                    null,
                    "curated",
                    null),
                new NewAdvice(T0, "networks", "Start a champions group", null, "curated", null)));
    kb.recordExchange(
        new Exchange(
            T0,
            "team",
            "p_asker",
            "who do we talk to",
            "x.intent",
            "networks",
            null,
            0.9,
            true,
            true,
            List.of(
                new Exchange.StoredReply(
                    "a reply", "x.intent", "networks", "r-1", List.of(ids.get(0)))),
            List.of(new Candidate("x.intent", 0.9), new Candidate("y.intent", 0.05)),
            0.97));
    kb.recordPosted("r-1", "discord-msg-1");

    kb.recordFeedback(T0, "team", "discord-msg-1", "p_a", 1);
    kb.recordFeedback(T0, "team", "discord-msg-1", "p_b", 1);
    kb.recordFeedback(T0, "team", "discord-msg-1", "p_c", -1);
    kb.recordFeedback(T0, "team", "unrelated-msg", "p_a", -1);

    assertThat(kb.adviceCandidates("", "networks", null, 10))
        .extracting(AdviceCandidate::text, AdviceCandidate::feedback)
        .containsExactlyInAnyOrder(
            tuple("Find the person every matron already phones", 1),
            tuple("Start a champions group", 0));
    List<Map<String, Object>> rows = new ArrayList<>();
    kb.export(rows::add);
    assertThat(rows)
        .filteredOn(r -> "message".equals(r.get("type")))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.get("candidates")).isEqualTo("x.intent=0.900 y.intent=0.050");
              assertThat(((Number) r.get("domain")).doubleValue()).isEqualTo(0.97);
            });
  }

  @Test
  void curatedAdviceIsImportedOnceAndLearnsItsIntentLater() {
    List<CuratedAdvice> curated =
        List.of(
            new CuratedAdvice("networks", "Find the connectors.", "advice.yaml", 3),
            new CuratedAdvice("learning", "Share what failed.", "advice.yaml", 5));

    assertThat(kb.importCurated(curated, T0)).isEqualTo(2);
    assertThat(
            kb.importCurated(
                List.of(curated.get(0).withIntent("networks.find-connectors"), curated.get(1)),
                T0.plusSeconds(60)))
        .isZero();
    assertThat(kb.stats().advice()).isEqualTo(2);
    assertThat(kb.adviceCandidates("connectors", "networks", null, 5))
        .singleElement()
        .satisfies(a -> assertThat(a.intent()).isEqualTo("networks.find-connectors"));
  }

  @Test
  void forgetDeletesEverythingThePersonWroteAndTheSearchIndexWithIt() {
    kb.recordExchange(
        exchange(T0, "p_gone", "zebra crossing pathway spread", true, "networks", true));
    kb.recordExchange(exchange(T0, "p_stays", "unicorn pathway spread", true, "networks", true));
    kb.addAdvice(List.of(new NewAdvice(T0, "networks", "zebra advice", "p_gone", "round", null)));
    kb.recordFeedback(T0, "team", "msg-1", "p_gone", 1);

    Map<String, Integer> deleted = kb.forget("p_gone");

    assertThat(deleted)
        .containsEntry("messages", 1)
        .containsEntry("advice", 1)
        .containsEntry("feedback", 1);
    assertThat(kb.search("zebra", null, 10)).isEmpty();
    assertThat(kb.search("unicorn", null, 10)).hasSize(1);
    List<Map<String, Object>> rows = new ArrayList<>();
    kb.export(rows::add);
    assertThat(rows.toString()).doesNotContain("p_gone").doesNotContain("zebra");
  }

  @Test
  void forgetAlsoErasesRoundAdviceAndTheSpreadersReflection() {
    var rounds = kb.rounds();
    long id =
        rounds
            .openRound(
                "team", "falls", "p_spreader", "p_fac", T0, T0.plus(Duration.ofMinutes(10)), true)
            .orElseThrow();
    rounds.offerAdvice(id, "p_gone", "quokka advice", false, T0);
    rounds.offerAdvice(id, "p_stays", "wombat advice", false, T0);
    rounds.reflect(id, "my reflection");

    kb.forget("p_gone");
    kb.forget("p_spreader");

    assertThat(rounds.roundAdvice(id)).extracting(r -> r.text()).containsExactly("wombat advice");
    assertThat(rounds.round(id).orElseThrow().reflection()).isNull();
    assertThat(rounds.round(id).orElseThrow().spreader()).isEqualTo("forgotten");
  }

  @Test
  void oneOpenRoundPerChannelAndClosingTwiceOnlyWorksOnce() {
    var rounds = kb.rounds();
    long id =
        rounds
            .openRound("team", "falls", "p_s", "p_f", T0, T0.plusSeconds(600), true)
            .orElseThrow();

    assertThat(rounds.openRound("team", "again", "p_s", "p_f", T0, T0.plusSeconds(600), true))
        .isEmpty();
    assertThat(rounds.openRound("other", "fine", "p_s", "p_f", T0, T0.plusSeconds(600), true))
        .isPresent();
    assertThat(rounds.closeRound(id, T0.plusSeconds(60), Map.of())).isPresent();
    assertThat(rounds.closeRound(id, T0.plusSeconds(61), Map.of())).isEmpty();
    assertThat(rounds.offerAdvice(id, "p_late", "late", false, T0.plusSeconds(62)))
        .isEqualTo(RoundStore.Offer.NOT_OPEN);
    assertThat(rounds.openRoundCount()).isEqualTo(1);
  }

  @Test
  void closingAStoredRoundMakesItsAdvicePeerAdviceAndAnonymousAdviceUnlinked() {
    var rounds = kb.rounds();
    long id =
        rounds
            .openRound("team", "falls", "p_s", "p_f", T0, T0.plusSeconds(600), true)
            .orElseThrow();
    rounds.offerAdvice(id, "p_named", "map the champions network", false, T0);
    rounds.offerAdvice(id, "p_anon", "ask the champions who they trust", true, T0);
    List<RoundAdvice> advice = rounds.roundAdvice(id);

    rounds.closeRound(
        id,
        T0.plusSeconds(60),
        Map.of(
            advice.get(0).id(), new AdviceFit("networks", "networks.champions", true),
            advice.get(1).id(), new AdviceFit("networks", null, true)));

    assertThat(kb.adviceCandidates("champions", "networks", "p_named", 5))
        .extracting(AdviceCandidate::text)
        .containsExactly("ask the champions who they trust");
    assertThat(rounds.roundAdvice(id)).extracting(a -> a.author()).containsExactly("p_named", null);
    assertThat(kb.forget("p_anon")).containsEntry("round_advice", 0);
  }

  @Test
  void retentionDeletesOldRowsButKeepsCuratedAdvice() {
    kb.recordExchange(exchange(T0, "p_a", "old question", true, "networks", false));
    kb.recordExchange(
        exchange(T0.plus(Duration.ofDays(400)), "p_a", "new question", true, "networks", false));
    kb.importCurated(List.of(new CuratedAdvice("networks", "Keep me.", "a.yaml", 1)), T0);

    int deleted = kb.deleteOlderThan(T0.plus(Duration.ofDays(35)));

    assertThat(deleted).isEqualTo(1);
    assertThat(kb.stats().messages()).isEqualTo(1);
    assertThat(kb.stats().replies()).as("replies go with their message").isEqualTo(1);
    assertThat(kb.stats().advice()).isEqualTo(1);
  }

  @Test
  void unrecognisedListsAddressedOutOfScopeMessagesMostFrequentFirst() {
    kb.recordExchange(exchange(T0, "p_a", "what is the wifi password", false, null, true));
    kb.recordExchange(exchange(T0, "p_b", "how do I book leave", false, null, true));
    kb.recordExchange(exchange(T0, "p_c", "How do I book leave", false, null, true));
    kb.recordExchange(exchange(T0, "p_d", "chatter nobody asked the bot", false, null, false));
    kb.recordExchange(exchange(T0, "p_e", "a real spread question", true, "networks", true));

    List<Unrecognised> list = kb.unrecognised(10);

    assertThat(list).hasSize(2);
    assertThat(list.get(0).count()).isEqualTo(2);
    assertThat(list.get(0).text()).isEqualToIgnoringCase("how do I book leave");
    assertThat(list.get(0).nearest()).isEqualTo("x.near");
    assertThat(list.get(1).count()).isEqualTo(1);
  }

  @Test
  void feedbackFromOnePersonOnOneReplyIsReplacedNotAdded() {
    kb.recordFeedback(T0, "team", "m1", "p_a", 1);
    kb.recordFeedback(T0, "team", "m1", "p_a", -1);
    kb.recordFeedback(T0, "team", "m1", "p_b", 1);

    KbStats stats = kb.stats();
    assertThat(stats.feedbackUp()).isEqualTo(1);
    assertThat(stats.feedbackDown()).isEqualTo(1);
  }

  @Test
  void exportWritesEveryRowWithIsoTimes() {
    kb.recordExchange(exchange(T0, "p_a", "how do we spread it", true, "networks", false));

    List<Map<String, Object>> rows = new ArrayList<>();
    kb.export(rows::add);

    assertThat(rows).extracting(r -> r.get("type")).containsExactly("message", "reply");
    assertThat(rows.get(0))
        .containsEntry("at", "2026-01-05T09:00:00Z")
        .containsEntry("in_scope", true)
        .containsEntry("author", "p_a");
  }

  @Test
  void writesMadeThroughOneWritesAreStoredTogetherOrNotAtAll() {
    assertThatThrownBy(
            () ->
                kb.write(
                    w -> {
                      w.recordExchange(exchange(T0, "p_a", "never kept", true, "networks", false));
                      w.addAdvice(
                          List.of(
                              new NewAdvice(
                                  T0, "networks", "never kept either", "p_a", "round", null)));
                      throw new IllegalStateException("the batch broke after two writes");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("after two writes");

    assertThat(kb.stats().messages()).as("rolled back").isZero();
    assertThat(kb.stats().advice()).isZero();

    Map<String, Integer> forgotten =
        kb.write(
            w -> {
              w.recordExchange(exchange(T0, "p_a", "kept", true, "networks", false));
              w.recordExchange(
                  exchange(T0, "p_b", "written then forgotten", true, "networks", false));
              w.recordFeedback(T0, "team", "m1", "p_a", 1);
              return w.forget("p_b");
            });

    assertThat(forgotten).as("sees its own transaction's writes").containsEntry("messages", 1);
    assertThat(kb.stats().messages()).isEqualTo(1);
    assertThat(kb.stats().feedbackUp()).isEqualTo(1);
  }

  @Test
  void aWritesThatOutlivesItsTransactionRefusesToWrite() {
    KnowledgeBase.Writes escaped = kb.write(w -> w);

    assertThatThrownBy(
            () -> escaped.recordExchange(exchange(T0, "p_a", "too late", true, "networks", false)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(kb.stats().messages()).isZero();
  }

  @Test
  void concurrentWritersLoseNothing() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 25; i++) {
                    kb.recordExchange(
                        exchange(
                            T0,
                            "p_" + thread,
                            "message " + thread + " " + i,
                            true,
                            "networks",
                            false));
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(kb.stats().messages()).isEqualTo(100);
  }

  @Test
  void reportsItselfHealthyWhileOpen() {
    assertThat(kb.isHealthy()).isTrue();
    assertThat(kb.describe()).doesNotContain("password");
  }

  @Test
  void activityCountsWeeksGroupsConfidenceFeedbackRoundsAndMissesSinceAPointInTime() {
    Instant monday = Instant.parse("2026-01-12T00:00:00Z");
    // Before the period: not counted.
    kb.recordExchange(
        exchange(monday.minusSeconds(86400 * 10), "p_o", "old", true, "networks", true));
    // Week of 5 January (Sunday 11th, 23:59 UTC is still that week).
    kb.recordExchange(
        answered(monday.minusSeconds(60), "q1", "networks", 0.95, true, true, "ref-1"));
    // Week of 12 January, from its first millisecond.
    kb.recordExchange(answered(monday, "q2", "networks", 0.75, true, false, "ref-2"));
    kb.recordExchange(answered(monday.plusSeconds(60), "q3", null, 0.55, true, true, "ref-3"));
    kb.recordExchange(
        answered(monday.plusSeconds(120), "Book A Room", null, 0.15, false, true, "ref-4"));
    kb.recordExchange(
        answered(monday.plusSeconds(180), "book a room", null, 0.05, false, true, null));
    kb.recordExchange(answered(monday.plusSeconds(240), "coffee?", null, 0.0, false, false, null));
    kb.recordPosted("ref-1", "m-1");
    kb.recordPosted("ref-4", "m-4");
    kb.recordFeedback(monday.plusSeconds(300), "team", "m-1", "p_x", 1);
    kb.recordFeedback(monday.plusSeconds(300), "team", "m-1", "p_y", 1);
    kb.recordFeedback(monday.plusSeconds(300), "team", "m-1", "p_z", -1);
    kb.recordFeedback(monday.plusSeconds(300), "team", "m-4", "p_x", -1);
    long round =
        kb.rounds()
            .openRound("team", "a topic", "p_s", "p_f", monday, monday.plusSeconds(600), true)
            .orElseThrow();
    kb.rounds().offerAdvice(round, "p_a", "advice one", false, monday.plusSeconds(10));
    kb.rounds().offerAdvice(round, "p_b", "advice two", true, monday.plusSeconds(20));

    Activity a = kb.activity(monday.minusSeconds(86400));

    assertThat(a.recognised()).isEqualTo(3);
    assertThat(a.fallback()).isEqualTo(2);
    assertThat(a.unanswered()).isEqualTo(1);
    assertThat(a.weeks())
        .containsExactly(
            new Activity.WeekCount(LocalDate.parse("2026-01-05"), "networks", 1),
            new Activity.WeekCount(LocalDate.parse("2026-01-12"), "networks", 1),
            new Activity.WeekCount(LocalDate.parse("2026-01-12"), null, 1));
    assertThat(a.confidence()).hasSize(10);
    assertThat(a.confidence().get(9).recognised()).isEqualTo(1);
    assertThat(a.confidence().get(7).recognised()).isEqualTo(1);
    assertThat(a.confidence().get(5).recognised()).isEqualTo(1);
    assertThat(a.confidence().get(1).notRecognised()).isEqualTo(1);
    assertThat(a.confidence().get(0).notRecognised()).isEqualTo(2);
    assertThat(a.feedback())
        .containsExactly(
            new Activity.IntentFeedback("x.intent", 2, 1), new Activity.IntentFeedback(null, 0, 1));
    assertThat(a.rounds())
        .extracting(
            Activity.RoundActivity::id,
            Activity.RoundActivity::advice,
            Activity.RoundActivity::closed)
        .containsExactly(tuple(round, 2L, false));
    assertThat(a.unrecognised()).extracting(Unrecognised::count).containsExactly(2L);
    assertThat(a.unrecognised().get(0).text()).isEqualToIgnoringCase("book a room");
  }

  private static Exchange answered(
      Instant at,
      String text,
      String principle,
      double confidence,
      boolean inScope,
      boolean addressed,
      String ref) {
    return new Exchange(
        at,
        "team",
        "p_a",
        text,
        inScope ? "x.intent" : null,
        principle,
        inScope ? null : "x.near",
        confidence,
        inScope,
        addressed,
        ref == null && !addressed
            ? List.of()
            : List.of(
                new Exchange.StoredReply(
                    "reply", inScope ? "x.intent" : null, principle, ref, List.of())));
  }
}
