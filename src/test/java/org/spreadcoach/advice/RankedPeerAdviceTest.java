package org.spreadcoach.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spreadcoach.coach.PeerAdvice;
import org.spreadcoach.coach.PromptRotation;
import org.spreadcoach.kb.AdviceCandidate;
import org.spreadcoach.kb.KnowledgeBase;
import org.spreadcoach.kb.NewAdvice;
import org.spreadcoach.kb.jdbc.KnowledgeBases;
import org.spreadcoach.privacy.Pseudonymiser;
import org.spreadcoach.time.ClockTicker;
import org.spreadcoach.time.ManualClock;

/** Peer advice is the best fit for the question, and someone asking again sees other advice. */
class RankedPeerAdviceTest {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final String CONNECTORS = "networks.find-connectors";
  private KnowledgeBase kb;
  private ManualClock clock;
  private RankedPeerAdvice advice;

  @BeforeEach
  void setUp() {
    kb = KnowledgeBases.open("jdbc:sqlite::memory:", null, null, 1);
    clock = new ManualClock(T0);
    advice =
        new RankedPeerAdvice(
            kb,
            new Pseudonymiser("0123456789abcdef0123"),
            new PromptRotation(Duration.ofDays(7), new ClockTicker(clock)));
  }

  @AfterEach
  void tearDown() {
    kb.close();
  }

  private static NewAdvice advice(int minutesAfter, String intent, String text) {
    return new NewAdvice(
        T0.plusSeconds(60L * minutesAfter), "networks", text, null, "round", null, intent, true);
  }

  @Test
  void adviceForTheSameIntentComesBeforeNewerAdviceOfThePrinciple() {
    kb.addAdvice(
        List.of(
            advice(
                0,
                CONNECTORS,
                "Find the person every matron already phones and ask them to "
                    + "host the first visit."),
            advice(
                5,
                "networks.champions-community",
                "Give your champions a reason to talk to " + "each other."),
            advice(6, "networks.online", "Post short useful things online."),
            advice(7, "networks.champions-community", "Plan what happens in month three.")));

    List<PeerAdvice> found =
        advice.find("who should I talk to at the other trusts", CONNECTORS, "networks", "u1", 3);

    assertThat(found).first().satisfies(a -> assertThat(a.text()).startsWith("Find the person"));
  }

  @Test
  void askingAgainShowsOtherAdviceBeforeAnyRepeats() {
    for (int i = 0; i < 7; i++) {
      kb.addAdvice(List.of(advice(i, CONNECTORS, "connector tip number " + i)));
    }

    List<Long> first = ids(advice.find("who do we talk to", CONNECTORS, "networks", "u1", 3));
    List<Long> second = ids(advice.find("who do we talk to", CONNECTORS, "networks", "u1", 3));
    List<Long> other = ids(advice.find("who do we talk to", CONNECTORS, "networks", "u2", 3));

    assertThat(second).doesNotContainAnyElementsOf(first);
    assertThat(other).as("another person starts from the best fit").isEqualTo(first);
  }

  @Test
  void rankingPutsFitFirstThenFeedbackThenAge() {
    AdviceCandidate liked =
        new AdviceCandidate(1, "networks.online", "networks", "liked", T0, 0, 5);
    AdviceCandidate sameIntent =
        new AdviceCandidate(2, CONNECTORS, "networks", "same intent", T0, 0, -1);
    AdviceCandidate matching =
        new AdviceCandidate(3, "networks.online", "networks", "matching", T0, 2.0, 0);
    AdviceCandidate newer =
        new AdviceCandidate(4, "networks.online", "networks", "newer", T0.plusSeconds(60), 0, 5);
    AdviceCandidate otherPrinciple =
        new AdviceCandidate(5, "benefit.case", "benefit", "other", T0, 3.0, 9);

    assertThat(
            AdviceRanking.rank(
                List.of(liked, otherPrinciple, newer, matching, sameIntent),
                CONNECTORS,
                "networks"))
        .extracting(AdviceCandidate::text)
        .containsExactly("same intent", "matching", "newer", "liked", "other");
  }

  private static List<Long> ids(List<PeerAdvice> advice) {
    return advice.stream().map(PeerAdvice::id).toList();
  }
}
