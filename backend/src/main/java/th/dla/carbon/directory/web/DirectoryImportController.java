package th.dla.carbon.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import java.util.List;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import th.dla.carbon.directory.DirectoryImport;
import th.dla.carbon.directory.ImportReport;
import th.dla.carbon.platform.web.FieldProblem;
import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;

@RestController
@RequestMapping("/api/v1/admin/directory/laos/import")
@Tag(name = "Directory administration")
class DirectoryImportController {

  private final DirectoryImport directoryImport;

  DirectoryImportController(DirectoryImport directoryImport) {
    this.directoryImport = directoryImport;
  }

  @PostMapping(consumes = {"text/csv", MediaType.APPLICATION_OCTET_STREAM_VALUE})
  @Operation(summary = "Import DLA's open-data LAO file (dlads_05_01) sent as the request body")
  Mono<ImportReport> importCsv(ServerHttpRequest request) {
    return directoryImport.importDlaCsv(request.getBody());
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Import DLA's open-data LAO file uploaded as the multipart part 'file'")
  Mono<ImportReport> importUpload(
      @RequestPart("file") @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary") Mono<Part> file) {
    // declared as Part, not FilePart: a plain form field named "file" would otherwise fail a cast (a 500)
    return file.flatMap(part -> part instanceof FilePart upload
        ? directoryImport.importDlaCsv(upload.content())
        : Mono.error(new ProblemException(ProblemType.VALIDATION_FAILED,
            "The part 'file' must be a file upload.", List.of(new FieldProblem("file", "must be a file, not a form field")))));
  }
}
