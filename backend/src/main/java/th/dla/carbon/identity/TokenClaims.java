package th.dla.carbon.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The claims our access tokens carry, in one place: {@code sub} (user id), {@code preferred_username},
 * {@code name}, {@code roles}, and the tenants {@code lao_code} and {@code province_code} (arrays, since an
 * administrator may grant a role for several) and {@code buyer_id}.
 */
final class TokenClaims {

  static final String ROLES = "roles";
  static final String LAO_CODE = "lao_code";
  static final String PROVINCE_CODE = "province_code";
  static final String BUYER_ID = "buyer_id";
  static final String USERNAME = "preferred_username";
  static final String NAME = "name";

  private TokenClaims() {}

  static Map<String, Object> of(Actor actor) {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put(USERNAME, actor.username());
    claims.put(NAME, actor.displayName());
    claims.put(ROLES, actor.roles().stream().map(Role::name).sorted().toList());
    if (!actor.laoCodes().isEmpty()) {
      claims.put(LAO_CODE, List.copyOf(new TreeSet<>(actor.laoCodes())));
    }
    if (!actor.provinceCodes().isEmpty()) {
      claims.put(PROVINCE_CODE, List.copyOf(new TreeSet<>(actor.provinceCodes())));
    }
    if (actor.buyerId() != null) {
      claims.put(BUYER_ID, actor.buyerId().toString());
    }
    return claims;
  }

  static Actor actor(Map<String, Object> claims) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String role : strings(claims.get(ROLES))) {
      roles.add(Role.valueOf(role));
    }
    Object buyer = claims.get(BUYER_ID);
    return new Actor(
        UUID.fromString(String.valueOf(claims.get("sub"))),
        String.valueOf(claims.get(USERNAME)),
        claims.get(NAME) == null ? null : String.valueOf(claims.get(NAME)),
        roles,
        Set.copyOf(strings(claims.get(LAO_CODE))),
        Set.copyOf(strings(claims.get(PROVINCE_CODE))),
        buyer == null ? null : UUID.fromString(buyer.toString()));
  }

  private static List<String> strings(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof Collection<?> values) {
      return values.stream().map(String::valueOf).toList();
    }
    return List.of(String.valueOf(value));
  }
}
