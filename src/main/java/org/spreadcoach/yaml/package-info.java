/**
 * YAML read into a tree that remembers the line of every key and value, so that intent files and
 * the config file can report each problem as {@code file:line: message}.
 *
 * <p>Jackson's tree model drops locations, so {@link org.spreadcoach.yaml.YamlTree} builds its own
 * small tree from Jackson's streaming YAML parser.
 */
package org.spreadcoach.yaml;
