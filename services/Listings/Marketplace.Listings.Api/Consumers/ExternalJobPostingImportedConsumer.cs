using Dapper;
using Marketplace.Contracts.ScraperIngest;
using Marketplace.Embeddings;
using Marketplace.Listings.Api.Domain;
using Marketplace.ServiceDefaults.Messaging;
using MassTransit;
using Npgsql;
using Pgvector;

namespace Marketplace.Listings.Api.Consumers;

/// <summary>
/// Scraped postings become global, searchable, read-only listings that keep their platform and URL. The upsert is
/// keyed on the posting id, so a re-import updates the listing and never duplicates it; an older import arriving
/// after a newer one changes nothing. No JobListingPublished is emitted: consumers of external postings already
/// receive ExternalJobPostingImported, and counting them twice would skew Market-Analytics.
/// </summary>
public sealed class ExternalJobPostingImportedConsumer(
    NpgsqlDataSource dataSource, IEmbeddingProvider embeddings, CategoryGuess categories)
    : IdempotentConsumer<ExternalJobPostingImported>(dataSource)
{
    /// <summary>The organization that owns every external listing; no real organization has this id.</summary>
    public static readonly Guid ExternalOrganizationId = new("00000000-0000-0000-0000-0000000e0001");

    protected override async Task HandleAsync(
        ConsumeContext<ExternalJobPostingImported> context, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var m = context.Message;
        if (string.IsNullOrWhiteSpace(m.Title) || string.IsNullOrWhiteSpace(m.Url))
        {
            throw new MessageValidationException("An external posting needs a title and a URL.");
        }

        var category = categories.Of(m.Title, m.Description);
        var title = m.Title.Trim();
        var description = string.IsNullOrWhiteSpace(m.Description) ? title : m.Description.Trim();
        var embedding = await embeddings.EmbedAsync(ListingText.For(title, SnakeCase.Of(category), m.Skills, [], description), context.CancellationToken);
        var published = m.DatePosted ?? m.FirstSeenAt;
        await connection.ExecuteAsync("""
            insert into job_listings (
                id, organization_id, created_by, title, description, job_category, trade, job_type, visibility, experience_level,
                required_skills, location_type, city, state_province, country, latitude, longitude, compensation_type,
                salary_min, salary_max, currency, urgency, positions_available, status, published_at, expires_at,
                source_platform, source_url, external_posting_id, embedding, embedding_model, updated_at, organization_name)
            values (
                @Id, @Organization, @Organization, @Title, @Description, @Category, @Trade, @JobType, 'global', 'any',
                @Skills, @LocationType, @City, @State, @Country, @Latitude, @Longitude, @CompensationType,
                @SalaryMin, @SalaryMax, @Currency, 'standard', 1, 'active', @Published, @Expires,
                @Platform, @Url, @PostingId, @Embedding, @EmbeddingModel, @SeenAt, @Company)
            on conflict (external_posting_id) do update set
                title = excluded.title, organization_name = excluded.organization_name, description = excluded.description, job_category = excluded.job_category,
                trade = excluded.trade, job_type = excluded.job_type, required_skills = excluded.required_skills,
                location_type = excluded.location_type, city = excluded.city, state_province = excluded.state_province,
                country = excluded.country, latitude = excluded.latitude, longitude = excluded.longitude,
                compensation_type = excluded.compensation_type, salary_min = excluded.salary_min, salary_max = excluded.salary_max,
                currency = excluded.currency, source_platform = excluded.source_platform, source_url = excluded.source_url,
                embedding = excluded.embedding, embedding_model = excluded.embedding_model, updated_at = excluded.updated_at,
                expires_at = greatest(job_listings.expires_at, excluded.expires_at),
                status = case when job_listings.status = 'expired' and excluded.expires_at > now() then 'active' else job_listings.status end
            where job_listings.updated_at <= excluded.updated_at
            """,
            new
            {
                Id = Guid.CreateVersion7(),
                Organization = ExternalOrganizationId,
                Title = title,
                Description = description,
                Category = SnakeCase.Of(category),
                Trade = Trades.Of(category),
                JobType = JobTypeOf(m.JobType),
                Skills = m.Skills.ToArray(),
                LocationType = m.IsRemote ? "remote" : "on_site",
                m.City,
                State = m.StateProvince,
                m.Country,
                m.Latitude,
                m.Longitude,
                CompensationType = m.SalaryMin is null && m.SalaryMax is null ? null : CompensationOf(m.SalaryInterval),
                SalaryMin = m.SalaryMin <= m.SalaryMax || m.SalaryMax is null ? m.SalaryMin : m.SalaryMax,
                SalaryMax = m.SalaryMin <= m.SalaryMax || m.SalaryMin is null ? m.SalaryMax : m.SalaryMin,
                Currency = m.SalaryMin is null && m.SalaryMax is null ? null : m.Currency ?? "USD",
                Published = published.UtcDateTime,
                Expires = (m.LastSeenAt + TimeSpan.FromDays(30)).UtcDateTime,
                m.Platform,
                m.Url,
                m.PostingId,
                Embedding = new Vector(embedding),
                EmbeddingModel = embeddings.Model,
                SeenAt = m.LastSeenAt.UtcDateTime,
                Company = string.IsNullOrWhiteSpace(m.Company) ? null : m.Company.Trim(),
            },
            transaction);
    }

    private static string JobTypeOf(string? type) => type?.ToUpperInvariant().Replace('-', '_').Replace(' ', '_') switch
    {
        "CONTRACT" => "contract",
        "TEMPORARY" or "TEMP" => "temporary",
        "INTERNSHIP" => "internship",
        "APPRENTICESHIP" => "apprenticeship",
        _ => "permanent",
    };

    private static string CompensationOf(string? interval) => interval?.ToUpperInvariant() switch
    {
        "HOURLY" or "HOUR" => "hourly",
        "DAILY" or "DAY" => "day_rate",
        _ => "salary",
    };
}
