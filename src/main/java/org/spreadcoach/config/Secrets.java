package org.spreadcoach.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads secrets (the Discord token, the knowledge-base password, the pseudonym key) from the
 * environment or from files only their owner can read. Messages name the variable or file, never
 * the value.
 */
public final class Secrets {
  private static final Set<PosixFilePermission> OWNER_ONLY =
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
  private final Map<String, String> env;

  public Secrets(Map<String, String> env) {
    this.env = env;
  }

  /** The variable's value, if set and not blank. */
  public Optional<String> fromEnv(String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /**
   * The content of an owner-only file.
   *
   * @throws ConfigException when the file cannot be read or others may read it
   */
  public String fromFile(Path file, String what) {
    checkOwnerOnly(file, what);
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new ConfigException(
          List.of(
              what + " file " + file + " cannot be read (" + e.getClass().getSimpleName() + ")."));
    }
  }

  /**
   * The content of an owner-only file, creating it with a random 256-bit hex secret when absent.
   */
  public String fromFileOrCreate(Path file, String what) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      String secret = HexFormat.of().formatHex(random);
      if (supportsPosix(file.toAbsolutePath().getParent())) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      } else {
        Files.createFile(file);
      }
      Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
      return secret;
    } catch (FileAlreadyExistsException e) {
      return fromFile(file, what);
    } catch (IOException e) {
      throw new ConfigException(
          List.of(
              what
                  + " file "
                  + file
                  + " cannot be created ("
                  + e.getClass().getSimpleName()
                  + ")."));
    }
  }

  private static void checkOwnerOnly(Path file, String what) {
    try {
      if (!supportsPosix(file.toAbsolutePath().getParent())) {
        return;
      }
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
      Set<PosixFilePermission> extra = EnumSet.copyOf(perms);
      extra.removeAll(
          EnumSet.of(
              PosixFilePermission.OWNER_READ,
              PosixFilePermission.OWNER_WRITE,
              PosixFilePermission.OWNER_EXECUTE));
      if (!extra.isEmpty()) {
        throw new ConfigException(
            List.of(
                what
                    + " file "
                    + file
                    + " must be readable by its owner only (run: chmod 600 "
                    + file
                    + ")."));
      }
    } catch (IOException e) {
      throw new ConfigException(
          List.of(
              what + " file " + file + " cannot be read (" + e.getClass().getSimpleName() + ")."));
    }
  }

  private static boolean supportsPosix(Path dir) {
    Path probe = dir == null ? Path.of(".") : dir;
    return Files.getFileAttributeView(probe, PosixFileAttributeView.class) != null;
  }
}
