package th.dla.carbon.settlement.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.CurrentActor;

/** Who is acting, for audit events and "by" columns: the signed-in person, or the system (scheduler). */
public record Acting(@Nullable UUID id, String name) {

  public static final Acting SYSTEM = new Acting(null, "system");

  public static Mono<Acting> current() {
    return CurrentActor.get().map(actor -> new Acting(actor.userId(), actor.displayName())).defaultIfEmpty(SYSTEM);
  }
}
