using Dapper;
using Marketplace.Embeddings;
using Marketplace.Listings.Api.Apis;
using Marketplace.Listings.Api.Data;
using Marketplace.ServiceDefaults.Identity;
using Microsoft.Extensions.Options;
using Npgsql;
using Pgvector;

namespace Marketplace.Listings.Api.Search;

/// <summary>
/// GET /api/v1/jobs. Without q: the filters, newest first. With q: the full-text arm (weighted title > description >
/// city, websearch syntax); with use_semantic also the vector arm over the same filters, fused by reciprocal rank.
/// Everything runs in one transaction so that counts and pages come from one snapshot.
/// </summary>
public sealed class HybridSearch(NpgsqlDataSource dataSource, IEmbeddingProvider embeddings, IOptions<SearchOptions> options)
{
    /// <summary>The vector arm: nearest neighbours by cosine distance under the same filters (public for the recall benchmark).</summary>
    public const string VectorArmSql = $"""
        select l.id, l.embedding <=> @Vector as distance
        from job_listings l
        where {SearchSql.Filters} and l.embedding is not null and l.embedding_model = @EmbeddingModel
        order by l.embedding <=> @Vector
        limit @VectorArmLimit
        """;

    public async Task<PagedResult<JobSearchHit>> SearchAsync(JobSearchCriteria criteria, Caller caller, CancellationToken cancellationToken)
    {
        var vector = criteria.UseSemantic ? new Vector(await embeddings.EmbedAsync(criteria.Query!, cancellationToken)) : null;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var parameters = SearchSql.Parameters(criteria, caller);
        var result = vector is null
            ? await RankedAsync(connection, transaction, criteria, caller, parameters, cancellationToken)
            : await HybridAsync(connection, transaction, criteria, caller, parameters, vector, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    // Filters only, or full-text only: one ordered, paged query plus an exact count.
    private static async Task<PagedResult<JobSearchHit>> RankedAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, JobSearchCriteria c, Caller caller,
        DynamicParameters parameters, CancellationToken cancellationToken)
    {
        var text = c.Query is not null;
        var from = text
            ? "from job_listings l, websearch_to_tsquery('english', @Q) query"
            : "from job_listings l";
        var match = text ? "and l.search_vector @@ query" : "";
        var rank = text ? "ts_rank(l.search_vector, query)" : "null::float8";
        // With q, the count rides on the ranked query (a window over every match, computed before LIMIT): one pass over
        // the matching rows' tsvectors instead of two. Without q, the page comes from the published_at index and a
        // separate count is cheaper than materializing every active listing.
        long total = 0;
        if (!text)
        {
            total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                $"select count(*) {from} where {SearchSql.Filters}", parameters, transaction, cancellationToken: cancellationToken));
        }

        var counted = text ? "count(*) over ()" : "null::bigint";
        var rows = (await connection.QueryAsync<ListingRow, SearchScores, (JobSearchHit Hit, long? Total)>(new CommandDefinition($"""
            select {ListingRow.Columns}, l.id as listing_id, {rank} as text_rank, {SearchSql.DistanceMiles} as distance_miles,
                   {counted} as total
            {from}
            where {SearchSql.Filters} {match}
            order by {SearchSql.OrderBy(c.SortBy, c.Descending)}
            limit @PageSize offset @Offset
            """, parameters, transaction, cancellationToken: cancellationToken),
            (listing, scores) => (new JobSearchHit(
                JobListingResponse.From(listing, caller),
                new SearchMatch(scores.TextRank, null, scores.DistanceMiles, null, text ? ["full_text"] : ["filters"])), scores.Total),
            splitOn: "listing_id")).ToList();
        if (text)
        {
            // A page past the end has no rows to carry the window count; count separately only then.
            total = rows.Count > 0
                ? rows[0].Total ?? 0
                : await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    $"select count(*) {from} where {SearchSql.Filters} {match}", parameters, transaction, cancellationToken: cancellationToken));
        }

        var items = rows.Select(r => r.Hit).ToList();
        return new PagedResult<JobSearchHit>(items, total, c.Page, c.PageSize, c.Offset + items.Count < total);
    }

    private async Task<PagedResult<JobSearchHit>> HybridAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, JobSearchCriteria c, Caller caller,
        DynamicParameters parameters, Vector vector, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        // Filters are applied while the HNSW index is walked, so without an iterative scan a selective filter
        // leaves the vector arm with fewer than a page of neighbours (pgvector 0.8 "iterative index scans").
        await connection.ExecuteAsync($"""
            set local hnsw.iterative_scan = relaxed_order;
            set local hnsw.ef_search = {Math.Clamp(settings.EfSearch, 10, 1000)};
            """, transaction: transaction);
        parameters.Add("Vector", vector);
        parameters.Add("EmbeddingModel", embeddings.Model);
        parameters.Add("TextArmLimit", JobSearchCriteria.MaxWindow);
        parameters.Add("VectorArmLimit", settings.VectorArmLimit);

        var candidates = (await connection.QueryAsync<HybridCandidate>(new CommandDefinition($"""
            with query as (select websearch_to_tsquery('english', @Q) as q),
            text_arm as (
                select l.id, ts_rank(l.search_vector, query.q) as text_rank, count(*) over () as text_total
                from job_listings l, query
                where {SearchSql.Filters} and l.search_vector @@ query.q
                order by text_rank desc, l.id
                limit @TextArmLimit),
            vector_arm as materialized ({VectorArmSql})
            select l.id, t.text_rank, 1 - v.distance as similarity,
                   -- Only vector-only rows need the match test; CASE spares detoasting the text arm's tsvectors again.
                   case when t.id is not null then true else l.search_vector @@ query.q end as text_match,
                   l.published_at, coalesce(l.salary_max, l.salary_min) as salary_high,
                   coalesce(l.salary_min, l.salary_max) as salary_low, {SearchSql.DistanceMiles} as distance_miles,
                   t.text_total
            from text_arm t
            full join vector_arm v on v.id = t.id
            join job_listings l on l.id = coalesce(t.id, v.id)
            cross join query
            """, parameters, transaction, cancellationToken: cancellationToken))).ToList();

        var textRanking = candidates.Where(x => x.TextRank is not null)
            .OrderByDescending(x => x.TextRank).ThenBy(x => x.Id).Select(x => x.Id).ToList();
        // relaxed_order may return neighbours slightly out of order: rank them by their exact distance here.
        var semantic = candidates.Where(x => x.Similarity >= settings.MinSimilarity).ToList();
        var vectorRanking = semantic.OrderByDescending(x => x.Similarity).ThenBy(x => x.Id).Select(x => x.Id).ToList();
        var scores = ReciprocalRankFusion.Fuse(textRanking, vectorRanking);
        var results = candidates.Where(x => scores.ContainsKey(x.Id)).ToList();
        // Every full-text match counts (the arm is capped for ranking, not for counting), plus the vector-only hits.
        var textTotal = candidates.Max(x => x.TextTotal) ?? 0;
        var total = textTotal + semantic.Count(x => !x.TextMatch);

        var page = HybridOrdering.Sort(results, scores, c.SortBy, c.Descending).Skip(c.Offset).Take(c.PageSize).ToList();
        var listings = (await connection.QueryAsync<ListingRow>(new CommandDefinition($"""
            select {ListingRow.Columns}
            from job_listings l
            where l.id = any(@Ids) and {VisibilityFilter.Sql}
            """, new DynamicParameters(VisibilityFilter.Parameters(caller)).With("Ids", page.Select(x => x.Id).ToArray()),
            transaction, cancellationToken: cancellationToken))).ToDictionary(l => l.Id);

        var items = page.Where(x => listings.ContainsKey(x.Id)).Select(x => new JobSearchHit(
            JobListingResponse.From(listings[x.Id], caller),
            new SearchMatch(
                x.TextRank,
                x.Similarity >= settings.MinSimilarity ? x.Similarity : null,
                x.DistanceMiles,
                scores[x.Id],
                [.. x.TextRank is not null ? new[] { "full_text" } : [], .. x.Similarity >= settings.MinSimilarity ? new[] { "semantic" } : []])))
            .ToList();
        return new PagedResult<JobSearchHit>(items, total, c.Page, c.PageSize, c.Offset + items.Count < total);
    }
}
