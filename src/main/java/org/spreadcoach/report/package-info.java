/**
 * HTML reports with charts: {@link org.spreadcoach.report.ActivityReport} (what the knowledge base
 * saw; also embedded in the review page) and {@link org.spreadcoach.report.EvaluationHtml} ({@code
 * intents eval --html}). The one place that escapes text for HTML, writes chart data as JSON into
 * the page and inlines the chart library (Apache ECharts, from its webjar), so a report is one file
 * that loads nothing from another host. Rendering only: data comes in as records.
 */
package org.spreadcoach.report;
