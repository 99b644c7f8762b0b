using Marketplace.Embeddings;
using Marketplace.Matching.Api.Data;
using Marketplace.Matching.Api.Matching;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Marketplace.Matching.Api.Workers;

/// <summary>
/// Embeds jobs that are new, changed, or of another model, then (re)matches them against every candidate they reach.
/// This is how a published, updated or imported job gets matched.
/// </summary>
public sealed class JobEmbeddingRefresh(
    NpgsqlDataSource dataSource, IEmbeddingProvider provider, MatchEngine engine, EmbeddingBacklog backlog,
    IOptions<EmbeddingOptions> options, ILogger<JobEmbeddingRefresh> logger) : RematchingRefresh<JobRow>(dataSource, provider, backlog, options, logger)
{
    protected override string Set => "job_requirements";

    // JobRow.Columns name the table "j".
    protected override string Table => "job_requirements j";

    protected override string Key => "listing_id";

    protected override string Stale => "j.status = 'active' and j.embedding_model is distinct from @Model";

    protected override string Columns => JobRow.Columns;

    protected override Guid IdOf(JobRow row) => row.ListingId;

    protected override string TextOf(JobRow row) => row.EmbeddingText;

    protected override Task MatchAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, CancellationToken cancellationToken) =>
        engine.MatchJobAsync(connection, transaction, id, "job_changed", cancellationToken);
}
