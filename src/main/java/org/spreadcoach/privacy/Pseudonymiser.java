package org.spreadcoach.privacy;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns platform user ids into keyed pseudonyms (HMAC-SHA256 with the install's secret): stable, so
 * {@code forget} can find a person's rows, but not reversible without the key. Thread-safe.
 */
public final class Pseudonymiser {
  private static final String ALGORITHM = "HmacSHA256";
  private final SecretKeySpec key;

  public Pseudonymiser(String secret) {
    if (secret == null || secret.length() < 16) {
      throw new IllegalArgumentException("the pseudonym key must be at least 16 characters");
    }
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
  }

  /** The pseudonym of a platform user id: "p_" and 32 hex digits. */
  public String of(String userId) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      byte[] digest = mac.doFinal(userId.getBytes(StandardCharsets.UTF_8));
      return "p_" + HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
    }
  }

  @Override
  public String toString() {
    return "Pseudonymiser[key hidden]";
  }
}
