package io.storeops.catalog.importing;

import io.storeops.platform.MessageProblems;
import io.storeops.shared.Message;
import io.storeops.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/catalog")
@Tag(name = "Product import")
class ImportController {

    private static final int RETRY_AFTER_SECONDS = 30;

    private final ProductImports imports;
    private final ImportTemplate template;

    ImportController(ProductImports imports, ImportTemplate template) {
        this.imports = imports;
        this.template = template;
    }

    /** Full workers and queue pass soon: the client is told to retry after {@value #RETRY_AFTER_SECONDS} s. */
    @ExceptionHandler(ImportsBusyException.class)
    ResponseEntity<ProblemDetail> busy(ImportsBusyException e) {
        return MessageProblems.retryLater(
                HttpStatus.SERVICE_UNAVAILABLE,
                "import-busy",
                "Too many imports",
                Message.of(ImportingMessage.IMPORT_BUSY_RETRY),
                RETRY_AFTER_SECONDS);
    }

    @GetMapping("/import-template")
    @PreAuthorize("hasAuthority('catalog:read')")
    @Operation(summary = "The import template (xlsx with a guide sheet, or csv) with two example rows")
    ResponseEntity<byte[]> template(@RequestParam(defaultValue = "xlsx") String format) {
        return template.file(FileFormat.named(format)).response();
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('catalog:write') and hasAuthority('price:write')")
    @Operation(summary = "Import products with SKUs from an xlsx or csv file; checked fully first, then all or nothing")
    ResponseEntity<ImportJob> start(@RequestPart("file") MultipartFile file) throws IOException {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        ImportJob job = imports.start(name, file.getBytes());
        var location =
                ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(job.id());
        return ResponseEntity.accepted().location(location).body(job);
    }

    @GetMapping("/imports")
    @PreAuthorize("hasAuthority('catalog:read')")
    @Operation(summary = "Recent import jobs, newest first, with their error counts instead of the errors")
    PageResult<ImportJobSummary> recent(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return imports.recent(page, size);
    }

    @GetMapping("/imports/{id}")
    @PreAuthorize("hasAuthority('catalog:read')")
    @Operation(summary = "An import job with its progress and errors")
    ImportJob job(@PathVariable long id) {
        return imports.get(id);
    }

    @GetMapping("/imports/{id}/errors.csv")
    @PreAuthorize("hasAuthority('catalog:read')")
    @Operation(summary = "The errors of an import job as a CSV file (row, column, message in the request's language)")
    ResponseEntity<byte[]> errors(@PathVariable long id, Locale locale) {
        return new DownloadFile("import-" + id + "-errors.csv", FileFormat.CSV, imports.errorReport(id, locale))
                .response();
    }
}
