using Dapper;
using Marketplace.Contracts.ScraperIngest;
using Marketplace.ScraperIngest.Api.Queue;
using Microsoft.Extensions.Options;
using Marketplace.ServiceDefaults.Outbox;
using Npgsql;

namespace Marketplace.ScraperIngest.Api.Import;

/// <summary>
/// Imports parsed rows in one transaction with their batch record, provenance, outbox events and (for a scraper
/// post) the session's completion, so a failure leaves nothing half-imported and a retry imports nothing twice.
/// </summary>
public sealed class ImportService(NpgsqlDataSource dataSource, BatchParser parser, PostingWriter writer, IOptions<ImportOptions> options, TimeProvider clock)
{
    public async Task<(SessionOutcome Outcome, SessionResults? Results)> CompleteSessionAsync(
        Guid sessionId, Guid scraperKeyId, ParsedBatch batch, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var session = await ScrapeQueue.LockSessionAsync(connection, transaction, sessionId, scraperKeyId);
        if (session is null)
        {
            return (SessionOutcome.NotFound, null);
        }

        if (session.Status != "processing")
        {
            return (SessionOutcome.NotOpen, null);
        }

        var provenance = new Provenance(Guid.CreateVersion7(), scraperKeyId, sessionId, session.RoleId, session.RoleName);
        var report = await ImportAsync(connection, transaction, batch, provenance, "scraper", null, null, cancellationToken);
        var completedAt = clock.GetUtcNow();
        var found = batch.Total - batch.Errors.Count;
        await connection.ExecuteAsync("""
            update scrape_sessions
            set status = 'completed', finished_at = @CompletedAt, jobs_found = @Found, jobs_imported = @New,
                jobs_updated = @Updated, jobs_skipped = @Skipped, jobs_failed = @Failed
            where id = @SessionId;
            update scrape_roles
            set queue_status = 'completed', last_scraped_at = @CompletedAt, total_jobs_scraped = total_jobs_scraped + @Found
            where id = @RoleId;
            """,
            new { CompletedAt = completedAt, Found = found, report.New, report.Updated, report.Skipped, report.Failed, SessionId = sessionId, session.RoleId },
            transaction);
        await Outbox.EnqueueAllAsync(connection, transaction, [new ScrapeSessionCompleted(
            Guid.CreateVersion7(), completedAt, sessionId, session.RoleId, session.RoleName, scraperKeyId, report.BatchId,
            found, report.New, report.Updated, report.Skipped, report.Failed, session.StartedAt, completedAt)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return (SessionOutcome.Done, new SessionResults(
            sessionId, report.BatchId, new SessionRole(session.RoleId, session.RoleName), found, report.New, report.Updated,
            report.Skipped, report.Errors, (completedAt - session.StartedAt).TotalSeconds));
    }

    /// <summary>An admin's file upload: a batch of its own, with no scraper, session or role.</summary>
    public async Task<ImportReport> ImportUploadAsync(ParsedBatch batch, Guid? uploadedBy, string? fileName, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var provenance = new Provenance(Guid.CreateVersion7(), null, null, null, null);
        var report = await ImportAsync(connection, transaction, batch, provenance, "upload", uploadedBy, fileName, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return report;
    }

    private async Task<ImportReport> ImportAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, ParsedBatch batch, Provenance provenance, string source,
        Guid? uploadedBy, string? fileName, CancellationToken cancellationToken)
    {
        // The batch row goes first: every posting written below references it.
        var pending = new ImportReport(provenance.BatchId, batch.Total, 0, 0, 0, batch.Errors.Count, "completed", batch.Errors);
        await ImportBatchStore.InsertAsync(connection, transaction, pending, source, provenance, uploadedBy, fileName);
        var chunks = parser.CompleteInChunksAsync(batch, options.Value.ChunkSize, cancellationToken);
        var counts = await writer.WriteAsync(connection, transaction, chunks, provenance, cancellationToken);
        var status = batch.Errors.Count == 0 ? "completed" : batch.Rows.Count == 0 ? "failed" : "completed_with_errors";
        var report = pending with { New = counts.New, Updated = counts.Updated, Skipped = counts.Skipped + batch.Repeats, Status = status };
        await connection.ExecuteAsync("""
            update import_batches
            set status = @Status, new_count = @New, updated_count = @Updated, skipped_count = @Skipped
            where id = @BatchId
            """, new { report.Status, report.New, report.Updated, report.Skipped, report.BatchId }, transaction);
        return report;
    }
}
