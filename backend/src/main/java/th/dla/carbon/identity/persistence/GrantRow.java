package th.dla.carbon.identity.persistence;

import java.util.UUID;

/** One role held by one person for one tenant ('' for roles without a tenant). */
public record GrantRow(UUID userId, String role, String tenant) {}
