package th.dla.carbon.audit;

import org.jspecify.annotations.Nullable;

/**
 * Result of walking every audit chain.
 *
 * @param ok true when every event's hash and link check out
 * @param checked how many events were checked
 * @param firstBrokenId the smallest id of an event whose hash or link is wrong ({@code null} when none, or when
 *     only a stream's tail was removed)
 * @param brokenStreams how many streams have a problem
 * @param reason what is wrong with the first problem found, for a person
 */
public record AuditVerification(boolean ok, long checked, @Nullable Long firstBrokenId, long brokenStreams, @Nullable String reason) {}
