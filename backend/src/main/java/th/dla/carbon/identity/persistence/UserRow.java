package th.dla.carbon.identity.persistence;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record UserRow(
    UUID id, String username, String displayName, @Nullable String email, boolean emailVerified,
    @Nullable String passwordHash, boolean enabled) {}
