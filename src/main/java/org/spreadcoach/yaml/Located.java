package org.spreadcoach.yaml;

/** A value with the line it was read from. */
public record Located<T>(T value, int line) {}
