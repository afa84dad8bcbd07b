package th.dla.carbon.platform.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.servers.Server;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at /v3/api-docs. The server is "/" (same origin) so the document does not change with
 * the port it was fetched from: the SPA's TypeScript types are generated from a checked-in copy of it.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
    info = @Info(
        title = "LAO Carbon Credit Marketplace API",
        version = "v1",
        description = "Credit accounts, listings, bids and settlement for Thailand's Local Administrative "
            + "Organizations. Errors are RFC 7807 application/problem+json; see docs/api.md."),
    servers = @Server(url = "/", description = "same origin as the SPA"))
class OpenApiConfiguration {}
