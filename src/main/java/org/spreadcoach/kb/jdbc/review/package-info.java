/**
 * The review queue's store in the knowledge base's database ({@link
 * org.spreadcoach.kb.ReviewStore}): which messages may need review and the maintainers' decisions.
 * Apart from {@code kb.jdbc} so that package stays within its size; it runs its SQL through the
 * transactions {@code kb.jdbc} hands it.
 */
package org.spreadcoach.kb.jdbc.review;
