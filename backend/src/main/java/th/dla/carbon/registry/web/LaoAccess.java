package th.dla.carbon.registry.web;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import th.dla.carbon.directory.Directory;
import th.dla.carbon.directory.Lao;
import th.dla.carbon.identity.AccessDenied;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.identity.CurrentActor;

/** The second check for an LAO's private data: its own officers, the officers of its province, and DLA admins. */
@Component
class LaoAccess {

  record Granted(Actor actor, Lao lao) {}

  private final Directory directory;

  LaoAccess(Directory directory) {
    this.directory = directory;
  }

  /** Reading the LAO's account, journal and bin reports. */
  Mono<Granted> read(String laoCode) {
    return CurrentActor.require().flatMap(actor -> directory.lao(laoCode).flatMap(lao ->
        actor.isAdmin() || actor.isOfficerOf(laoCode) || actor.oversees(lao.provinceCode())
            ? Mono.just(new Granted(actor, lao))
            : Mono.error(new AccessDenied("Only officers of LAO " + laoCode + ", of its province, or DLA administrators may see this."))));
  }

  /**
   * Reporting the LAO's figures: its own officers only (docs/api.md). The report is the LAO's statement; a DLA
   * admin or the provincial office reads it but does not file it in the LAO's name.
   */
  Mono<Granted> report(String laoCode) {
    return CurrentActor.require().flatMap(actor -> directory.lao(laoCode).flatMap(lao ->
        actor.isOfficerOf(laoCode)
            ? Mono.just(new Granted(actor, lao))
            : Mono.error(new AccessDenied("Only officers of LAO " + laoCode + " may report its figures."))));
  }
}
