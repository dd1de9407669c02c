/**
 * Edits to the intent files that keep what maintainers wrote: examples are appended as lines in the
 * file's own indentation, never by reserialising the YAML, so comments, order and layout stay and a
 * diff shows only the added lines.
 */
package org.spreadcoach.intents.edit;
