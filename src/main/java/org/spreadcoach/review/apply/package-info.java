/**
 * Apply, for the review page: the decided examples appended to a copy of the intent files,
 * validated and evaluated against the files as they are, and written to the real files on
 * confirmation. Knows nothing of HTTP; {@code review} calls it.
 */
package org.spreadcoach.review.apply;
