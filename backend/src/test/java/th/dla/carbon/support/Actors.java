package th.dla.carbon.support;

import java.util.Set;
import java.util.UUID;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.identity.Role;

/** Sample callers for tests, one per role and tenant. Each call is a different person (a fresh user id). */
public final class Actors {
  private Actors() {}

  public static Actor admin() {
    return new Actor(UUID.randomUUID(), "test.admin", "Test DLA admin", Set.of(Role.DLA_ADMIN), Set.of(), Set.of(), null);
  }

  public static Actor laoOfficer(String laoCode) {
    return new Actor(UUID.randomUUID(), "test.officer." + laoCode, "Test officer of " + laoCode,
        Set.of(Role.LAO_OFFICER), Set.of(laoCode), Set.of(), null);
  }

  public static Actor provinceOfficer(String provinceCode) {
    return new Actor(UUID.randomUUID(), "test.province." + provinceCode, "Test provincial officer of " + provinceCode,
        Set.of(Role.PROVINCE_OFFICER), Set.of(), Set.of(provinceCode), null);
  }

  public static Actor buyer(UUID buyerId) {
    return new Actor(UUID.randomUUID(), "test.buyer", "Test buyer", Set.of(Role.BUYER), Set.of(), Set.of(), buyerId);
  }

  /** Signed in, but holding no role yet (e.g. a first OpenID Connect sign-in). */
  public static Actor withoutRole() {
    return new Actor(UUID.randomUUID(), "test.nobody", "Test person without a role", Set.of(), Set.of(), Set.of(), null);
  }
}
