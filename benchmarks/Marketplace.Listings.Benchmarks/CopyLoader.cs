using System.Globalization;
using System.Text;
using Dapper;
using Npgsql;

namespace Marketplace.Listings.Benchmarks;

/// <summary>
/// Bulk-loads listings with COPY (text format), then builds the HNSW index once over the loaded rows, which is
/// much faster than growing it row by row. The index definition is the migration's.
/// </summary>
public static class CopyLoader
{
    public static async Task LoadAsync(NpgsqlConnection connection, IEnumerable<GeneratedListing> listings)
    {
        await connection.ExecuteAsync("drop index if exists ix_job_listings_embedding");
        await using (var writer = await connection.BeginTextImportAsync("""
            copy job_listings (id, organization_id, created_by, title, description, job_category, trade, job_type, visibility,
                network_ids, region, experience_level, manufacturer_experience, required_certifications, location_type, city,
                state_province, country, latitude, longitude, compensation_type, salary_min, salary_max, currency, urgency,
                positions_available, status, published_at, expires_at, embedding, embedding_model)
            from stdin
            """))
        {
            foreach (var l in listings)
            {
                var fields = new[]
                {
                    l.Id.ToString(), l.OrganizationId.ToString(), l.OrganizationId.ToString(), l.Title, l.Description, l.JobCategory,
                    l.Trade, l.JobType, l.Visibility, Array(l.NetworkIds), l.Region, l.ExperienceLevel, Array(l.Manufacturers),
                    Array(l.Certifications), l.LocationType, l.City.Name, l.City.StateCode, "US", Number(l.City.Latitude),
                    Number(l.City.Longitude), l.CompensationType, Number(l.SalaryMin), Number(l.SalaryMax),
                    l.SalaryMin is null ? null : "USD", l.Urgency, "1", l.Status, l.PublishedAt.ToString("O", CultureInfo.InvariantCulture),
                    l.PublishedAt.AddDays(90).ToString("O", CultureInfo.InvariantCulture),
                    new Pgvector.Vector(l.Embedding).ToString(),
                    Marketplace.Embeddings.LocalEmbeddingProvider.ModelName,
                };
                await writer.WriteLineAsync(string.Join('\t', fields.Select(Escape)));
            }
        }

        await connection.ExecuteAsync("""
            set maintenance_work_mem = '1GB';
            create index ix_job_listings_embedding on job_listings using hnsw (embedding vector_cosine_ops);
            analyze job_listings;
            """, commandTimeout: 3600);
    }

    private static string? Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Array(string[] values) =>
        "{" + string.Join(',', values.Select(v => "\"" + v.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"")) + "}";

    private static string Escape(string? value)
    {
        if (value is null)
        {
            return "\\N";
        }

        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '\\' => "\\\\",
                '\t' => "\\t",
                '\n' => "\\n",
                '\r' => "\\r",
                _ => c.ToString(),
            });
        }

        return text.ToString();
    }
}
