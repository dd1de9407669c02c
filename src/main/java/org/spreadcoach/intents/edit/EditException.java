package org.spreadcoach.intents.edit;

/** An intent file that cannot be edited as asked; the message names the file (and line). */
public final class EditException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EditException(String message) {
    super(message);
  }
}
