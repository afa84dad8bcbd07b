package th.dla.carbon.platform.web;

import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Request and response bodies are Java records whose components are present unless annotated
 * {@code @Nullable}. This makes the OpenAPI document say the same: every other component is {@code required}, and
 * nullable ones are typed {@code [T, "null"]}. The SPA's TypeScript types are generated from this document, so
 * they get non-optional fields exactly where the server guarantees a value.
 */
@Component
class RecordSchemaCustomizer implements OpenApiCustomizer {

  private static final String BASE_PACKAGE = "th.dla.carbon";
  private final Map<String, Class<?>> recordsBySchemaName = scanRecords();

  @Override
  public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
    if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
      return;
    }
    openApi.getComponents().getSchemas().forEach((name, schema) -> {
      Class<?> record = recordsBySchemaName.get(name.startsWith("PageResponse") ? "PageResponse" : name);
      if (record != null && schema.getProperties() != null) {
        describe(record, schema);
      }
    });
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static void describe(Class<?> record, Schema schema) {
    List<String> required = new ArrayList<>();
    for (RecordComponent component : record.getRecordComponents()) {
      Schema property = (Schema) schema.getProperties().get(component.getName());
      if (property == null) {
        continue;
      }
      if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
        if (property.get$ref() == null && property.getTypes() != null) {
          property.addType("null");
        }
      } else {
        required.add(component.getName());
      }
    }
    schema.setRequired(required.isEmpty() ? null : required);
  }

  private static Map<String, Class<?>> scanRecords() {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
      @Override
      protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
        return true;
      }
    };
    scanner.addIncludeFilter(new AssignableTypeFilter(Record.class));
    Map<String, Class<?>> records = new HashMap<>();
    for (BeanDefinition candidate : scanner.findCandidateComponents(BASE_PACKAGE)) {
      Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), RecordSchemaCustomizer.class.getClassLoader());
      records.putIfAbsent(type.getSimpleName(), type);
    }
    return records;
  }
}
