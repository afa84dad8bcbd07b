package th.dla.carbon.identity;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in person as the access token describes them: their roles and the tenants each role is held for.
 * Services use it for the second authorization check, against the owner of the resource at hand.
 *
 * @param laoCodes LAOs this person is an officer of ({@link Role#LAO_OFFICER})
 * @param provinceCodes provinces this person oversees ({@link Role#PROVINCE_OFFICER})
 * @param buyerId the buyer organisation this person acts for ({@link Role#BUYER}), or null
 */
public record Actor(
    UUID userId,
    String username,
    String displayName,
    Set<Role> roles,
    Set<String> laoCodes,
    Set<String> provinceCodes,
    @Nullable UUID buyerId) {

  public Actor {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(username, "username");
    displayName = displayName == null || displayName.isBlank() ? username : displayName;
    roles = Set.copyOf(roles);
    laoCodes = Set.copyOf(laoCodes);
    provinceCodes = Set.copyOf(provinceCodes);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean isAdmin() {
    return has(Role.DLA_ADMIN);
  }

  public boolean isOfficerOf(String laoCode) {
    return has(Role.LAO_OFFICER) && laoCodes.contains(laoCode);
  }

  public boolean oversees(String provinceCode) {
    return has(Role.PROVINCE_OFFICER) && provinceCodes.contains(provinceCode);
  }

  public boolean actsFor(UUID buyer) {
    return has(Role.BUYER) && buyer != null && buyer.equals(buyerId);
  }
}
