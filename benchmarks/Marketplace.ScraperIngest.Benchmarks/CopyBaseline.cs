using System.Diagnostics;
using Dapper;
using Marketplace.ScraperIngest.Api.Import;
using Npgsql;

namespace Marketplace.ScraperIngest.Benchmarks;

/// <summary>
/// The baseline: the same parsed rows written with one binary COPY straight into external_postings (same table, same
/// indexes, same columns), under dedup keys of their own so they do not collide with the API runs' rows. No HTTP, no
/// parsing, no dedup, no role links, no outbox: the floor of what PostgreSQL takes for these rows.
/// </summary>
public static class CopyBaseline
{
    public static async Task<TimeSpan> RunAsync(string connectionString, IReadOnlyList<ParsedPosting> postings, string keyPrefix)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var provenance = new Provenance(Guid.CreateVersion7(), null, null, null, null);
        await connection.ExecuteAsync("""
            insert into import_batches (id, source, status, total, new_count, updated_count, skipped_count, failed_count)
            values (@BatchId, 'upload', 'completed', @Total, @Total, 0, 0, 0)
            """, new { provenance.BatchId, Total = postings.Count });
        var rows = postings.Select(p => p with { DedupKey = $"{keyPrefix}:{p.DedupKey}" }).ToList();
        var ids = rows.Select(_ => Guid.CreateVersion7()).ToList();

        var started = Stopwatch.StartNew();
        await PostingWriter.CopyAsync(connection, rows, ids, provenance, DateTimeOffset.UtcNow, CancellationToken.None);
        return started.Elapsed;
    }
}
