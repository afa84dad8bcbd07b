package th.dla.carbon.registry;

import java.util.List;
import org.jspecify.annotations.Nullable;
import th.dla.carbon.platform.web.FieldProblem;

/**
 * The preview of an issuance: the blocks it would create, and every problem that would refuse it. Nothing is
 * written. {@code existingIssuanceId} is set when the TGO reference is already recorded ({@code identical} then
 * says whether re-sending it would be a harmless repeat).
 */
public record IssuancePlan(boolean valid, long quantity, long allocated, List<Issuance.Allocation> blocks,
    List<FieldProblem> errors, @Nullable String existingIssuanceId, boolean identical) {}
