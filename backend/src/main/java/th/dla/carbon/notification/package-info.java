/**
 * Notifications (การแจ้งเตือน): "your action is required" items for people, addressed to an {@link
 * th.dla.carbon.notification.Audience} (the officers of an LAO, a buyer organisation, a province's officers, DLA
 * administrators, or one person). Other modules call {@link th.dla.carbon.notification.Notifications#notify}
 * inside their own transaction; a person's inbox matches by the tenants of their access token, with read-state
 * per person. When SMTP is configured ({@code spring.mail.host}), the same notification is emailed through an
 * outbox drained by a scheduler, so a mail failure never fails the business transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package th.dla.carbon.notification;
