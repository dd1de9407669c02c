package org.spreadcoach.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spreadcoach.chat.CommandCall;
import org.spreadcoach.chat.Outcome;
import org.spreadcoach.kb.KnowledgeBase;
import org.spreadcoach.kb.jdbc.KnowledgeBases;
import org.spreadcoach.nlu.IntentModel;
import org.spreadcoach.nlu.ServingModel;
import org.spreadcoach.privacy.Pseudonymiser;
import org.spreadcoach.testing.Postgres;
import org.spreadcoach.testing.TestCatalogs;
import org.spreadcoach.testing.TestEnv;
import org.spreadcoach.time.ManualClock;

/** Fifty people advising within the same second lose nothing; channels never mix. */
class RoundConcurrencyTest {
  private static IntentModel model;
  @TempDir Path dir;

  @BeforeAll
  static void train() {
    model = TestCatalogs.smallModel();
  }

  private static RoundService service(KnowledgeBase kb, ManualClock clock) {
    Pseudonymiser pseudonyms = new Pseudonymiser(TestEnv.PSEUDONYM_KEY);
    return new RoundService(
        kb.rounds(),
        new ServingModel(model),
        new RoundService.Privacy() {
          @Override
          public String pseudonym(String userId) {
            return pseudonyms.of(userId);
          }

          @Override
          public String redact(String text) {
            return text;
          }
        },
        clock,
        new RoundSettings(10, 120, Duration.ofMinutes(1)));
  }

  private static CommandCall call(String channel, String user, Map<String, String> args) {
    return new CommandCall(channel, user, user, Set.of("facilitator"), "round", args);
  }

  @Test
  void fiftyParticipantsAtOnceOnSqlite() throws Exception {
    try (KnowledgeBase kb =
        KnowledgeBases.open("jdbc:sqlite:" + dir.resolve("kb.db"), null, null, 4)) {
      fiftyParticipantsInTwoChannels(kb);
    }
  }

  @Test
  void fiftyParticipantsAtOnceOnPostgres() throws Exception {
    Postgres.assumeAvailable();
    String url = Postgres.freshSchemaUrl();
    try (KnowledgeBase kb = KnowledgeBases.open(url, null, null, 8)) {
      fiftyParticipantsInTwoChannels(kb);
    } finally {
      Postgres.dropSchema(url);
    }
  }

  private void fiftyParticipantsInTwoChannels(KnowledgeBase kb) throws Exception {
    ManualClock clock = new ManualClock(ManualClock.REPLAY_EPOCH);
    RoundService rounds = service(kb, clock);
    for (String channel : List.of("ward-a", "ward-b")) {
      assertThat(
              rounds
                  .handle(
                      call(
                          channel,
                          "fac",
                          Map.of(
                              "sub", "start", "topic", "falls in " + channel, "spreader", "spr")))
                  .ok())
          .isTrue();
    }
    ExecutorService pool = Executors.newFixedThreadPool(16);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Outcome>> offers = new ArrayList<>();
    try {
      for (int i = 0; i < 50; i++) {
        for (String channel : List.of("ward-a", "ward-b")) {
          String user = "p" + i;
          String text = "advice " + i + " for " + channel;
          offers.add(
              pool.submit(
                  () -> {
                    go.await();
                    return rounds.handle(
                        call(channel, user, Map.of("sub", "advice", "text", text)));
                  }));
        }
      }
      go.countDown();
      for (Future<Outcome> offer : offers) {
        assertThat(offer.get(60, TimeUnit.SECONDS).ok()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }

    for (String channel : List.of("ward-a", "ward-b")) {
      RoundRecord round = kb.rounds().openRoundIn(channel).orElseThrow();
      List<RoundAdvice> advice = kb.rounds().roundAdvice(round.id());
      assertThat(advice).hasSize(50);
      assertThat(advice).allSatisfy(a -> assertThat(a.text()).endsWith("for " + channel));
      Outcome closed = rounds.handle(call(channel, "fac", Map.of("sub", "close")));
      assertThat(closed.posts().get(0).text()).contains("50 pieces of advice");
    }
  }
}
