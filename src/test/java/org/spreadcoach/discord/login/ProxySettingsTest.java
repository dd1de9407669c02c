package org.spreadcoach.discord.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The outbound proxy, read from config and environment as curl reads it. */
class ProxySettingsTest {

  @Test
  void noProxyConfiguredMeansDirect() {
    assertThat(ProxySettings.from(null, Map.of("NO_PROXY", "localhost"))).isEmpty();
    assertThat(ProxySettings.from("  ", Map.of("HTTPS_PROXY", " "))).isEmpty();
  }

  @Test
  void configWinsOverTheEnvironment() {
    ProxySettings proxy =
        ProxySettings.from(
                "http://config.nhs.uk:3128", Map.of("HTTPS_PROXY", "http://env.nhs.uk:8080"))
            .orElseThrow();

    assertThat(address(proxy)).isEqualTo("config.nhs.uk:3128");
  }

  @Test
  void lowerCaseHttpsProxyComesFirstThenUpperCaseThenAllProxy() {
    assertThat(
            address(
                ProxySettings.from(
                        null,
                        Map.of(
                            "https_proxy",
                            "http://lower:1",
                            "HTTPS_PROXY",
                            "http://upper:2",
                            "ALL_PROXY",
                            "http://all:3"))
                    .orElseThrow()))
        .isEqualTo("lower:1");
    assertThat(
            address(
                ProxySettings.from(
                        null, Map.of("HTTPS_PROXY", "http://upper:2", "ALL_PROXY", "http://all:3"))
                    .orElseThrow()))
        .isEqualTo("upper:2");
    assertThat(address(ProxySettings.from(null, Map.of("all_proxy", "http://all:3")).orElseThrow()))
        .isEqualTo("all:3");
  }

  @Test
  void aProxyWithoutSchemeOrPortIsHttpOnPortEighty() {
    ProxySettings proxy =
        ProxySettings.from(null, Map.of("HTTPS_PROXY", "proxy.nhs.uk")).orElseThrow();

    assertThat(proxy.proxy().type()).isEqualTo(Proxy.Type.HTTP);
    assertThat(address(proxy)).isEqualTo("proxy.nhs.uk:80");
  }

  @Test
  void noProxyMatchesExactNamesDomainSuffixesAndAddresses() {
    ProxySettings proxy =
        ProxySettings.from(
                "http://proxy:8080",
                Map.of(
                    "NO_PROXY",
                    " localhost, .nhs.uk,example.org,127.0.0.1 ,*.internal,intranet:8080"))
            .orElseThrow();

    assertThat(proxy.bypasses("localhost")).isTrue();
    assertThat(proxy.bypasses("LOCALHOST")).isTrue();
    assertThat(proxy.bypasses("trust.nhs.uk")).isTrue();
    assertThat(proxy.bypasses("example.org")).isTrue();
    assertThat(proxy.bypasses("www.example.org")).isTrue();
    assertThat(proxy.bypasses("127.0.0.1")).isTrue();
    assertThat(proxy.bypasses("git.internal")).isTrue();
    assertThat(proxy.bypasses("intranet")).as("a port in the entry is ignored").isTrue();

    assertThat(proxy.bypasses("discord.com")).isFalse();
    assertThat(proxy.bypasses("notexample.org")).as("a suffix matches whole labels").isFalse();
    assertThat(proxy.bypasses("nhs.uk.example.com")).isFalse();
    assertThat(proxy.bypasses("127.0.0.10")).isFalse();
    assertThat(proxy.bypasses(null)).isFalse();
  }

  @Test
  void aStarInNoProxyMeansEverythingGoesDirect() {
    ProxySettings proxy =
        ProxySettings.from("http://proxy:8080", Map.of("no_proxy", "*")).orElseThrow();

    assertThat(proxy.bypasses("discord.com")).isTrue();
  }

  @Test
  void lowerCaseNoProxyComesFirstUnlessBlank() {
    assertThat(
            ProxySettings.from(
                    "http://proxy:8080", Map.of("no_proxy", "a.example", "NO_PROXY", "b.example"))
                .orElseThrow()
                .bypasses("b.example"))
        .isFalse();
    assertThat(
            ProxySettings.from(
                    "http://proxy:8080", Map.of("no_proxy", " ", "NO_PROXY", "b.example"))
                .orElseThrow()
                .bypasses("b.example"))
        .isTrue();
  }

  @Test
  void theSelectorSendsDiscordThroughTheProxyAndNoProxyHostsDirect() {
    ProxySettings proxy =
        ProxySettings.from(
                null, Map.of("HTTPS_PROXY", "http://proxy:8080", "NO_PROXY", "127.0.0.1"))
            .orElseThrow();

    assertThat(proxy.selector().select(URI.create("https://discord.com/api/v10/gateway")))
        .containsExactly(proxy.proxy());
    assertThat(proxy.selector().select(URI.create("http://127.0.0.1:4321?encoding=json")))
        .containsExactly(Proxy.NO_PROXY);
  }

  @Test
  void aProxyThatIsNotHttpIsRefusedNamingItsSourceButNotItsPassword() {
    assertThatThrownBy(
            () ->
                ProxySettings.from(
                    null, Map.of("HTTPS_PROXY", "socks5://ann:s3cret@proxy.nhs.uk:1080")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("HTTPS_PROXY must be an http:// proxy")
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void aProxyUrlWithoutAHostIsRefusedNamingItsSourceButNotItsPassword() {
    assertThatThrownBy(() -> ProxySettings.from("http://ann:s3cret@:8080", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("discord.proxy")
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void anUnreadableProxyUrlIsRefusedNamingItsSourceButNotItsPassword() {
    assertThatThrownBy(
            () -> ProxySettings.from(null, Map.of("https_proxy", "http://ann:s3 cret@proxy:8080")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("https_proxy is not a proxy URL")
        .hasMessageNotContaining("s3 cret");
  }

  @Test
  void whatIsLoggedAboutTheProxyHidesItsPassword() {
    ProxySettings proxy =
        ProxySettings.from("http://ann:s3cret@proxy.nhs.uk:8080", Map.of("NO_PROXY", "localhost"))
            .orElseThrow();

    assertThat(proxy.toString())
        .isEqualTo("proxy.nhs.uk:8080 (direct for localhost)")
        .doesNotContain("s3cret")
        .doesNotContain("ann");
  }

  private static String address(ProxySettings proxy) {
    InetSocketAddress a = (InetSocketAddress) proxy.proxy().address();
    return a.getHostString() + ":" + a.getPort();
  }

  @Test
  void credentialsInTheUrlBecomeBasicProxyAuthorizationButNeverPrintedOrAProxyOtherwise() {
    ProxySettings p =
        ProxySettings.from(
                null, Map.of("https_proxy", "http://jo%40trust:s3cret@proxy.nhs.uk:3128"))
            .orElseThrow();

    assertThat(p.basicAuthorization())
        .contains(
            "Basic "
                + Base64.getEncoder()
                    .encodeToString("jo@trust:s3cret".getBytes(StandardCharsets.UTF_8)));
    assertThat(p.toString()).isEqualTo("proxy.nhs.uk:3128").doesNotContain("s3cret");
    assertThat(
            ProxySettings.from("http://proxy.nhs.uk:3128", Map.of())
                .orElseThrow()
                .basicAuthorization())
        .isEmpty();
  }
}
