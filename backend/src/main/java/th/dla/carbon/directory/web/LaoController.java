package th.dla.carbon.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import th.dla.carbon.directory.Directory;
import th.dla.carbon.directory.LaoType;
import th.dla.carbon.directory.persistence.LaoCriteria;
import th.dla.carbon.platform.web.PageResponse;

@RestController
@RequestMapping("/api/v1/laos")
@Tag(name = "Directory")
class LaoController {

  private final Directory directory;
  private final DirectoryWebMapper mapper;

  LaoController(Directory directory, DirectoryWebMapper mapper) {
    this.directory = directory;
    this.mapper = mapper;
  }

  @GetMapping
  @Operation(summary = "Search LAOs by province, type and text (Thai name, code, district or subdistrict)")
  Mono<PageResponse<LaoSummaryResponse>> search(
      @RequestParam(required = false) @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code") String province,
      @RequestParam(required = false) LaoType type,
      @RequestParam(required = false) @Size(max = 100, message = "must be at most 100 characters") String q,
      @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more") @Max(value = 100_000, message = "is too large") int page,
      @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 200") @Max(value = 200, message = "must be between 1 and 200") int size) {
    String query = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
    LaoCriteria criteria = new LaoCriteria(province, type, query, (long) page * size, size);
    return directory.searchLaos(criteria, page).map(result -> result.map(mapper::toSummary));
  }

  @GetMapping("/{code}")
  @Operation(summary = "Public profile of one LAO")
  Mono<LaoDetailResponse> lao(@PathVariable @Pattern(regexp = "\\d{7}", message = "must be a 7-digit DLA code") String code) {
    return directory.laoRow(code).map(mapper::toDetail);
  }
}
