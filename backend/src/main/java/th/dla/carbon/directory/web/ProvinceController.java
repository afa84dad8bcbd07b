package th.dla.carbon.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.directory.Directory;

@RestController
@RequestMapping("/api/v1/provinces")
@Tag(name = "Directory", description = "Provinces, districts and LAOs (public)")
class ProvinceController {

  private final Directory directory;
  private final DirectoryWebMapper mapper;

  ProvinceController(Directory directory, DirectoryWebMapper mapper) {
    this.directory = directory;
    this.mapper = mapper;
  }

  @GetMapping
  @Operation(summary = "The 77 provinces with their region and number of LAOs")
  Flux<ProvinceResponse> provinces() {
    return directory.provinceRows().map(mapper::toResponse);
  }

  @GetMapping("/{code}/districts")
  @Operation(summary = "Districts of a province that have LAOs in the directory")
  Mono<List<String>> districts(@PathVariable @Pattern(regexp = "\\d{2}", message = "must be 2 digits") String code) {
    return directory.districts(code).collectList();
  }
}
