using System.Text.Json;
using Dapper;
using Marketplace.ServiceDefaults.Http;
using Npgsql;

namespace Marketplace.ScraperIngest.Api.Import;

/// <summary>import_batches rows: one per scraper post or admin upload, with its counts and per-row errors.</summary>
public static class ImportBatchStore
{
    public static Task InsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, ImportReport report, string source, Provenance provenance, Guid? uploadedBy, string? fileName) =>
        connection.ExecuteAsync("""
            insert into import_batches (id, source, scraper_key_id, session_id, uploaded_by, file_name, status, total,
                                        new_count, updated_count, skipped_count, failed_count, errors)
            values (@BatchId, @Source, @ScraperKeyId, @SessionId, @UploadedBy, @FileName, @Status, @Total,
                    @New, @Updated, @Skipped, @Failed, @Errors::jsonb)
            """,
            new
            {
                report.BatchId,
                Source = source,
                provenance.ScraperKeyId,
                provenance.SessionId,
                UploadedBy = uploadedBy,
                FileName = fileName,
                report.Status,
                report.Total,
                report.New,
                report.Updated,
                report.Skipped,
                report.Failed,
                Errors = JsonSerializer.Serialize(report.Errors, HttpConventions.JsonOptions),
            },
            transaction);

    public static async Task<ImportReport?> FindAsync(NpgsqlDataSource dataSource, Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ImportBatchRow>("""
            select id, status, total, new_count, updated_count, skipped_count, failed_count, errors::text as errors
            from import_batches where id = @Id
            """, new { Id = id });
        return row is null
            ? null
            : new ImportReport(row.Id, row.Total, row.NewCount, row.UpdatedCount, row.SkippedCount, row.FailedCount, row.Status,
                JsonSerializer.Deserialize<List<RowError>>(row.Errors, HttpConventions.JsonOptions) ?? []);
    }
}
