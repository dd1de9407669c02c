/**
 * Threads the bot starts for itself: named daemon threads, so a stop never waits on a background
 * pool and a thread dump says what each thread is for.
 */
package org.spreadcoach.threads;
