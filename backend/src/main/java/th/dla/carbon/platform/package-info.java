/**
 * Shared technical infrastructure every business module may use: database bootstrap, the RFC 7807 error
 * contract, paging, and serving the SPA. It holds no business rules and depends on no business module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package th.dla.carbon.platform;
