package org.spreadcoach.kb;

/** The database refused or could not be reached; the message never contains credentials. */
public final class KnowledgeBaseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public KnowledgeBaseException(String message, Throwable cause) {
    super(message, cause);
  }
}
