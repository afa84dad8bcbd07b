package th.dla.carbon.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Every {@code /api/**} route of the running application, read from Spring's handler mapping, so that tests walking
 * all routes cover a new endpoint without being edited. Inject the mapping with
 * {@code @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping}.
 */
public final class ApiRoutes {
  private ApiRoutes() {}

  /** One method on one path pattern, e.g. {@code GET /api/v1/laos/{code}}, and the controller method serving it. */
  public record Route(HttpMethod method, String pattern, HandlerMethod handler) {
    @Override
    public String toString() {
      return method.name() + " " + pattern;
    }
  }

  /** The routes, sorted by pattern and method (a route declared twice, e.g. for two content types, is listed twice). */
  public static List<Route> of(RequestMappingHandlerMapping mappings) {
    List<Route> routes = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
      var methods = entry.getKey().getMethodsCondition().getMethods();
      for (PathPattern pattern : entry.getKey().getPatternsCondition().getPatterns()) {
        if (pattern.getPatternString().startsWith("/api/")) {
          methods.forEach(method -> routes.add(new Route(HttpMethod.valueOf(method.name()), pattern.getPatternString(), entry.getValue())));
        }
      }
    }
    routes.sort(Comparator.comparing(Route::pattern).thenComparing(route -> route.method().name()));
    return routes;
  }
}
