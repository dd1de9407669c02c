package org.spreadcoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The invite grants exactly what the features use, by Discord's documented bit values. */
class DiscordInviteTest {
  @Test
  void thePermissionsIntegerIsTheDocumentedBitsOfWhatTheFeaturesUse() {
    long viewChannel = 1L << 10;
    long sendMessages = 1L << 11;
    long readMessageHistory = 1L << 16;
    long useApplicationCommands = 1L << 31;
    long createPublicThreads = 1L << 35;
    long sendMessagesInThreads = 1L << 38;

    assertThat(DiscordInvite.permissions())
        .isEqualTo(
            viewChannel
                | sendMessages
                | readMessageHistory
                | useApplicationCommands
                | createPublicThreads
                | sendMessagesInThreads)
        .isEqualTo(311_385_197_568L);
  }

  @Test
  void theApplicationIdIsReadFromTheTokensFirstPartOnly() {
    assertThat(DiscordInvite.clientIdFromToken("MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.rest"))
        .hasValue("123456789012345678");
    assertThat(DiscordInvite.clientIdFromToken("not-a-token")).isEmpty();
    assertThat(DiscordInvite.clientIdFromToken("aGVsbG8gd29ybGQ.x.y")).as("not digits").isEmpty();
    assertThat(DiscordInvite.clientIdFromToken(null)).isEmpty();
  }
}
