package th.dla.carbon.dashboard.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** {@code --carbon.dashboard.rebuild=true}: recompute the dashboards once the application has started (after demo data). */
@Component
@ConditionalOnBooleanProperty("carbon.dashboard.rebuild")
@Order(Integer.MAX_VALUE)
class RebuildAtStartup implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(RebuildAtStartup.class);
  private final Rebuild rebuild;

  RebuildAtStartup(Rebuild rebuild) {
    this.rebuild = rebuild;
  }

  @Override
  public void run(ApplicationArguments args) {
    Rebuild.Result result = rebuild.run().block();
    log.info("Dashboards rebuilt: {} LAOs, {} provinces, {} months", result.laos(), result.provinces(), result.months());
  }
}
