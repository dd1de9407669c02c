package org.spreadcoach.chat;

/**
 * One allowed value of a choice option.
 *
 * @param value what the handler receives, such as a principle id
 * @param label what people see, such as the principle's name; typing it also chooses it
 */
public record Choice(String value, String label) {

  public Choice {
    if (value == null || value.isBlank() || label == null || label.isBlank()) {
      throw new IllegalArgumentException("a choice needs a value and a label");
    }
  }
}
