package th.dla.carbon.registry;

import org.jspecify.annotations.Nullable;

/** A serial block as it stands today: its range, its owner, its state and (when reserved) its holder. */
public record HeldBlock(SerialRange range, long ownerAccountId, BlockState state, @Nullable Holder holder) {}
