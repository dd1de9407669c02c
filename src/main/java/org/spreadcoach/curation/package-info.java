/**
 * Maintainers' chat commands over what the knowledge base holds ({@code /kb search}), so the
 * intents and advice can be curated from where the conversations happen. Role-checked; read-only.
 */
package org.spreadcoach.curation;
