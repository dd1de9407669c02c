/**
 * Time as an injected dependency: a {@link java.time.Clock} everywhere, a manual clock that replay
 * and tests advance, and its adapter to Caffeine's {@link
 * com.github.benmanes.caffeine.cache.Ticker}.
 */
package org.spreadcoach.time;
