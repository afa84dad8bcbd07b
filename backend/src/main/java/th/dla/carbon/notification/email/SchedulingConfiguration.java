package th.dla.carbon.notification.email;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The email outbox runs on Spring's scheduler (harmless if another module enables it too). */
@Configuration
@EnableScheduling
class SchedulingConfiguration {}
