/**
 * Operating the bot: Prometheus metrics ({@link org.spreadcoach.ops.BotMetrics}, with Micrometer)
 * and the optional HTTP endpoint ({@link org.spreadcoach.ops.OpsServer}) serving {@code /healthz}
 * and {@code /metrics}.
 */
package org.spreadcoach.ops;
