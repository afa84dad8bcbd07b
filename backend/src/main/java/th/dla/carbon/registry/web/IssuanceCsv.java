package th.dla.carbon.registry.web;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import th.dla.carbon.platform.web.FieldProblem;
import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;
import th.dla.carbon.registry.IssuanceRequest;

/**
 * Reads the CSV variant of an issuance: form fields for the issuance and a file part {@code file} with
 * {@code lao_code,quantity} lines. Problems of the file (a quantity that is not a number, a missing column) are
 * named by line and reported together with the issuance's own validation.
 */
@Component
class IssuanceCsv {

  /** 10,000 allocation lines of a few dozen bytes fit easily. */
  static final int MAX_BYTES = 1024 * 1024;

  record Upload(IssuanceRequest request, List<FieldProblem> problems) {}

  Mono<Upload> read(ServerWebExchange exchange) {
    return exchange.getMultipartData().flatMap(parts -> {
      Part file = parts.getFirst("file");
      if (!(file instanceof FilePart)) {
        return Mono.error(new ProblemException(ProblemType.VALIDATION_FAILED, "The allocation file is missing.",
            List.of(new FieldProblem("file", "a CSV file part named 'file' with lines lao_code,quantity is required"))));
      }
      return DataBufferUtils.join(file.content(), MAX_BYTES)
          .map(IssuanceCsv::bytes)
          .defaultIfEmpty(new byte[0])
          .publishOn(Schedulers.boundedElastic())
          .map(bytes -> parse(parts, bytes));
    });
  }

  private static byte[] bytes(DataBuffer buffer) {
    try {
      byte[] bytes = new byte[buffer.readableByteCount()];
      buffer.read(bytes);
      return bytes;
    } finally {
      DataBufferUtils.release(buffer);
    }
  }

  static Upload parse(MultiValueMap<String, Part> parts, byte[] bytes) {
    List<FieldProblem> problems = new ArrayList<>();
    String projectCode = field(parts, "projectCode");
    Integer vintage = number(parts, "vintage", problems, Integer::valueOf);
    Long serialFirst = number(parts, "serialFirst", problems, Long::valueOf);
    Long serialLast = number(parts, "serialLast", problems, Long::valueOf);
    LocalDate issuedOn = null;
    String issued = field(parts, "issuedOn");
    if (issued != null) {
      try {
        issuedOn = LocalDate.parse(issued);
      } catch (DateTimeParseException e) {
        problems.add(new FieldProblem("issuedOn", "must be a date yyyy-MM-dd"));
      }
    }
    List<IssuanceRequest.AllocationLine> lines = new ArrayList<>();
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      problems.add(new FieldProblem("file", "is not UTF-8 text"));
      text = "";
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (!text.isBlank()) {
      try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
          .setIgnoreEmptyLines(true).get().parse(new StringReader(text))) {
        Map<String, Integer> header = parser.getHeaderMap();
        String codeColumn = column(header, "lao_code");
        String quantityColumn = column(header, "quantity");
        if (codeColumn == null || quantityColumn == null) {
          problems.add(new FieldProblem("line 1", "the header must be lao_code,quantity, found " + header.keySet()));
        } else {
          for (CSVRecord record : parser) {
            int line = (int) parser.getCurrentLineNumber();
            String code = record.isSet(codeColumn) ? record.get(codeColumn) : null;
            String quantityText = record.isSet(quantityColumn) ? record.get(quantityColumn) : null;
            Long quantity = null;
            if (quantityText != null && !quantityText.isBlank()) {
              try {
                quantity = Long.valueOf(quantityText.strip().replace(",", ""));
              } catch (NumberFormatException e) {
                problems.add(new FieldProblem("line " + line, "the quantity must be a whole number, found '" + abbreviate(quantityText) + "'"));
                quantity = 1L; // reported above; keeps the rest of the validation meaningful
              }
            }
            lines.add(new IssuanceRequest.AllocationLine(code, quantity, line));
          }
        }
      } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
        problems.add(new FieldProblem("file", "is not a readable CSV file: " + abbreviate(String.valueOf(e.getMessage()))));
      }
    }
    return new Upload(new IssuanceRequest(projectCode, vintage, serialFirst, serialLast, field(parts, "tgoReference"), issuedOn, lines),
        List.copyOf(problems));
  }

  /** The file's own problems first, then the issuance's, without saying the same thing of a field twice. */
  static List<FieldProblem> merge(List<FieldProblem> fileProblems, List<FieldProblem> validation) {
    Set<String> reported = new LinkedHashSet<>();
    fileProblems.forEach(p -> reported.add(p.field()));
    List<FieldProblem> merged = new ArrayList<>(fileProblems);
    for (FieldProblem problem : validation) {
      boolean requiredOfUnparsed = reported.contains(problem.field()) && problem.message().startsWith("is required");
      if (!requiredOfUnparsed) {
        merged.add(problem);
      }
    }
    return merged;
  }

  private static @Nullable String column(Map<String, Integer> header, String name) {
    return header.keySet().stream().filter(h -> h.strip().toLowerCase(Locale.ROOT).equals(name)).findFirst().orElse(null);
  }

  private static @Nullable String field(MultiValueMap<String, Part> parts, String name) {
    Part part = parts.getFirst(name);
    if (part instanceof FormFieldPart field) {
      String value = field.value().strip();
      return value.isEmpty() ? null : value;
    }
    return null;
  }

  private static <T> @Nullable T number(MultiValueMap<String, Part> parts, String name, List<FieldProblem> problems,
      java.util.function.Function<String, T> parse) {
    String value = field(parts, name);
    if (value == null) {
      return null;
    }
    try {
      return parse.apply(value);
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(name, "must be a whole number, found '" + abbreviate(value) + "'"));
      return null;
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
