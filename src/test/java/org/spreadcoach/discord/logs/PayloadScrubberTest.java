package org.spreadcoach.discord.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class PayloadScrubberTest {

  @Test
  void textWithoutAPayloadIsKeptAsItIs() {
    String line = "Websocket closed with reason 'unknown' and code NORMAL (1000) by client!";

    assertThat(PayloadScrubber.scrub(line)).isSameAs(line);
  }

  @Test
  void everythingFromTheFirstPayloadOnIsDropped() {
    assertThat(PayloadScrubber.scrub("body {\"content\":\"secret\"} and more"))
        .isEqualTo("body [29 characters not logged]");
    assertThat(PayloadScrubber.scrub("array [{\"content\":\"secret\"}]"))
        .isEqualTo("array [22 characters not logged]");
    assertThat(PayloadScrubber.scrub("pretty {\n  \"content\": \"secret\"\n}"))
        .isEqualTo("pretty [25 characters not logged]");
    assertThat(PayloadScrubber.scrub("first line\nsecret second line"))
        .isEqualTo("first line[19 characters not logged]");
  }

  @Test
  void credentialHeadersLoseTheirValues() {
    assertThat(PayloadScrubber.scrub("Authorization: Bot abc.def"))
        .isEqualTo("authorization: [not logged]");
    assertThat(PayloadScrubber.scrub("set-cookie: __cf=1")).isEqualTo("set-cookie: [not logged]");
    assertThat(PayloadScrubber.scrub("content-type: application/json"))
        .isEqualTo("content-type: application/json");
  }

  @Test
  void causesAreOneLineWithoutWrappersOrPayloads() {
    Throwable error =
        new CompletionException(
            new IllegalStateException(
                "Received a 400 response from Discord with body {\"content\":\"secret\"}!",
                new IOException("connection reset")));

    assertThat(PayloadScrubber.causes(error))
        .isEqualTo(
            "IllegalStateException: Received a 400 response from Discord with body [21"
                + " characters not logged], caused by IOException: connection reset");
    assertThat(PayloadScrubber.causes(null)).isEmpty();
  }

  @Test
  void aCauseItsWrapperAlreadyQuotesIsLeftOut() {
    Throwable error =
        new IOException(
            "PKIX path building failed: unable to find valid certification path",
            new IllegalStateException(
                "unable to find valid certification path", new RuntimeException("other")));

    assertThat(PayloadScrubber.causes(error))
        .isEqualTo(
            "IOException: PKIX path building failed: unable to find valid certification path,"
                + " caused by RuntimeException: other");
  }

  @Test
  void aLongMessageIsShortenedAndACycleEnds() {
    IOException first = new IOException("x".repeat(500));
    IOException second = new IOException("second", first);
    first.initCause(second);

    String causes = PayloadScrubber.causes(first);

    assertThat(causes).startsWith("IOException: " + "x".repeat(PayloadScrubber.MAX_CAUSE) + "…");
    assertThat(causes).endsWith(", caused by IOException: second");
  }
}
