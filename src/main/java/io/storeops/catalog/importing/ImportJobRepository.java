package io.storeops.catalog.importing;

import io.storeops.platform.ImportRowError;
import io.storeops.platform.Paging;
import io.storeops.shared.Message;
import io.storeops.shared.PageResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import jobs in {@code catalog.import_jobs}, errors as jsonb, so their state survives a restart. An error's message is
 * stored as code and arguments; errors stored before that keep their text and read as {@code catalog.IMPORT_LEGACY_TEXT}.
 */
@Repository
class ImportJobRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportJobRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    ImportJob create(String fileName, String createdBy) {
        long id = jdbc.sql("""
                        insert into catalog.import_jobs (file_name, status, created_by) values (?, ?, ?)
                        returning id""")
                .params(fileName, ImportStatus.VALIDATING.name(), createdBy)
                .query(Long.class)
                .single();
        return find(id).orElseThrow();
    }

    Optional<ImportJob> find(long id) {
        return jdbc.sql("select * from catalog.import_jobs where id = ?")
                .param(id)
                .query(this::job)
                .optional();
    }

    /** The most recent jobs first, without their errors. */
    PageResult<ImportJobSummary> recent(int page, int size) {
        return Paging.page(
                jdbc,
                "select count(*) from catalog.import_jobs",
                """
                select id, file_name, status, total_rows, processed_rows, products, skus,
                    jsonb_array_length(errors) as error_count, created_by, created_at, finished_at
                from catalog.import_jobs order by created_at desc, id desc""",
                List.of(),
                ImportJobRepository::summary,
                page,
                size);
    }

    void save(ImportJob job) {
        jdbc.sql("""
                        update catalog.import_jobs set status = ?, total_rows = ?, processed_rows = ?, products = ?,
                            skus = ?, errors = cast(? as jsonb), finished_at = ?
                        where id = ?""")
                .params(
                        job.status().name(),
                        job.totalRows(),
                        job.processedRows(),
                        job.products(),
                        job.skus(),
                        json.writeValueAsString(job.errors()),
                        job.finishedAt() == null ? null : Timestamp.from(job.finishedAt()),
                        job.id())
                .update();
    }

    /** Fails every job that was still validating or importing, e.g. when the server stopped; returns how many. */
    int failUnfinished(ImportRowError reason, Instant at) {
        return jdbc.sql("""
                        update catalog.import_jobs set status = ?, errors = cast(? as jsonb), finished_at = ?
                        where status in (?, ?)""")
                .params(
                        ImportStatus.FAILED.name(),
                        json.writeValueAsString(List.of(reason)),
                        Timestamp.from(at),
                        ImportStatus.VALIDATING.name(),
                        ImportStatus.IMPORTING.name())
                .update();
    }

    private static ImportJobSummary summary(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportJobSummary(
                rs.getLong("id"),
                rs.getString("file_name"),
                ImportStatus.valueOf(rs.getString("status")),
                rs.getInt("total_rows"),
                rs.getInt("processed_rows"),
                rs.getInt("products"),
                rs.getInt("skus"),
                rs.getInt("error_count"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }

    private ImportJob job(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportJob(
                rs.getLong("id"),
                rs.getString("file_name"),
                ImportStatus.valueOf(rs.getString("status")),
                rs.getInt("total_rows"),
                rs.getInt("processed_rows"),
                rs.getInt("products"),
                rs.getInt("skus"),
                errors(rs.getString("errors")),
                rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }

    private List<ImportRowError> errors(String stored) {
        List<ImportRowError> errors = new ArrayList<>();
        for (JsonNode error : json.readTree(stored)) {
            JsonNode message = error.path("message");
            errors.add(new ImportRowError(
                    error.path("row").asInt(),
                    error.path("column").asString(),
                    message.isString()
                            ? Message.of(ImportingMessage.IMPORT_LEGACY_TEXT, "text", message.asString())
                            : json.treeToValue(message, Message.class)));
        }
        return errors;
    }
}
