/**
 * Identity and access (ผู้ใช้และสิทธิ์): who is calling and what they may do. Issues our own RS256 access tokens
 * after a local or OpenID Connect sign-in, verifies them on every API call (OAuth2 resource server), and keeps
 * roles scoped to their tenant: an LAO, a province or a buyer organisation.
 *
 * <p>Other modules use {@link th.dla.carbon.identity.CurrentActor} to learn who is calling, check ownership with
 * the {@link th.dla.carbon.identity.Actor}'s methods and answer {@link th.dla.carbon.identity.AccessDenied}
 * when the caller may not act on that resource. Path rules are in {@code web.SecurityConfiguration}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access")
package th.dla.carbon.identity;
