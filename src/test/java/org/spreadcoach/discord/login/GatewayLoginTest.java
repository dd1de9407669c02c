package org.spreadcoach.discord.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.javacord.api.exception.DiscordException;
import org.javacord.api.util.rest.RestRequestResponseInformation;
import org.junit.jupiter.api.Test;

/** What the bot says of a login Javacord could not complete. */
class GatewayLoginTest {
  @Test
  void aLoginThatDiscordAnswers401IsARefusedToken() {
    RestRequestResponseInformation response = mock(RestRequestResponseInformation.class);
    when(response.getCode()).thenReturn(401);
    DiscordException unauthorized =
        new DiscordException(
            null, "Received a 401 response from Discord with body {}!", null, response);

    DiscordLoginException e = GatewayLogin.loginRefused(unauthorized);

    assertThat(e.tokenRefused()).isTrue();
    assertThat(e.getMessage())
        .startsWith("Discord refused the token: it answered 401 Unauthorized")
        .contains("DISCORD_TOKEN");
  }

  @Test
  void aGatewayClosedBeforeReadyNamesTheIntentAndIsNotATokenRefusal() {
    DiscordLoginException e =
        GatewayLogin.loginRefused(
            new IllegalStateException("Websocket closed before READY packet was received!"));

    assertThat(e.tokenRefused()).isFalse();
    assertThat(e.getMessage()).contains("Message Content").contains("4014");
  }

  @Test
  void anyOtherLoginFailureIsNamedWithoutWhatDiscordSent() {
    RestRequestResponseInformation response = mock(RestRequestResponseInformation.class);
    when(response.getCode()).thenReturn(500);

    DiscordLoginException e =
        GatewayLogin.loginRefused(
            new DiscordException(
                null, "Received a 500 response with body {\"message\":\"x\"}!", null, response));

    assertThat(e.tokenRefused()).isFalse();
    assertThat(e.getMessage())
        .isEqualTo(
            "Discord refused the login (DiscordException: Received a 500 response with body [16"
                + " characters not logged]).");
  }
}
