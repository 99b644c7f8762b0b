using Dapper;
using Marketplace.ScraperIngest.Api.Import;
using Npgsql;
using NpgsqlTypes;

namespace Marketplace.ScraperIngest.Benchmarks;

/// <summary>
/// The baseline: the same parsed rows written with binary COPY straight into external_postings (same table, same
/// indexes), under dedup keys of their own so they do not collide with the API run's rows. No parsing, no
/// dedup, no outbox: the floor of what PostgreSQL takes for these rows.
/// </summary>
public static class CopyBaseline
{
    public static async Task<TimeSpan> RunAsync(string connectionString, IReadOnlyList<ParsedPosting> postings)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var batchId = Guid.CreateVersion7();
        await connection.ExecuteAsync("""
            insert into import_batches (id, source, status, total, new_count, updated_count, skipped_count, failed_count)
            values (@batchId, 'upload', 'completed', @total, @total, 0, 0, 0)
            """, new { batchId, total = postings.Count });

        var started = System.Diagnostics.Stopwatch.StartNew();
        var now = DateTimeOffset.UtcNow;
        await using (var importer = await connection.BeginBinaryImportAsync("""
            copy external_postings (id, dedup_key, platform, external_id, url, url_direct, title, company, description,
                location_text, city, state_province, country, latitude, longitude, is_remote, job_type, job_level,
                salary_min, salary_max, salary_interval, currency, annual_salary_min, annual_salary_max,
                experience_years_min, skills, date_posted, content_hash, payload_hash, batch_id,
                first_seen_at, last_seen_at, updated_at) from stdin (format binary)
            """))
        {
            foreach (var p in postings)
            {
                await importer.StartRowAsync();
                await importer.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await importer.WriteAsync("copy:" + p.DedupKey, NpgsqlDbType.Text);
                await importer.WriteAsync(p.Platform, NpgsqlDbType.Text);
                await Text(importer, p.ExternalId);
                await importer.WriteAsync(p.Url, NpgsqlDbType.Text);
                await Text(importer, p.UrlDirect);
                await importer.WriteAsync(p.Title, NpgsqlDbType.Text);
                await Text(importer, p.Company);
                await Text(importer, p.Description);
                await Text(importer, p.LocationText);
                await Text(importer, p.Location.City);
                await Text(importer, p.Location.StateProvince);
                await Text(importer, p.Location.Country);
                await Nullable(importer, p.Location.Latitude, NpgsqlDbType.Double);
                await Nullable(importer, p.Location.Longitude, NpgsqlDbType.Double);
                await importer.WriteAsync(p.Location.IsRemote, NpgsqlDbType.Boolean);
                await Text(importer, p.JobType);
                await Text(importer, p.JobLevel);
                await Nullable(importer, p.Salary?.Min, NpgsqlDbType.Numeric);
                await Nullable(importer, p.Salary?.Max, NpgsqlDbType.Numeric);
                await Text(importer, p.Salary?.Interval);
                await Text(importer, p.Salary?.Currency);
                await Nullable(importer, p.Salary?.AnnualMin, NpgsqlDbType.Numeric);
                await Nullable(importer, p.Salary?.AnnualMax, NpgsqlDbType.Numeric);
                await Nullable(importer, p.ExperienceYearsMin, NpgsqlDbType.Integer);
                await importer.WriteAsync(p.Skills.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await Nullable(importer, p.DatePosted, NpgsqlDbType.TimestampTz);
                await importer.WriteAsync(p.ContentHash, NpgsqlDbType.Bytea);
                await importer.WriteAsync(p.PayloadHash, NpgsqlDbType.Bytea);
                await importer.WriteAsync(batchId, NpgsqlDbType.Uuid);
                await importer.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await importer.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await importer.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }

            await importer.CompleteAsync();
        }

        return started.Elapsed;
    }

    private static Task Text(NpgsqlBinaryImporter importer, string? value) =>
        value is null ? importer.WriteNullAsync() : importer.WriteAsync(value, NpgsqlDbType.Text);

    private static Task Nullable<T>(NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type)
        where T : struct =>
        value is { } v ? importer.WriteAsync(v, type) : importer.WriteNullAsync();
}
