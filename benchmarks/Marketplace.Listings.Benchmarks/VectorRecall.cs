using Dapper;
using Marketplace.Listings.Api.Search;
using Marketplace.ServiceDefaults.Identity;
using Npgsql;
using Pgvector;

namespace Marketplace.Listings.Benchmarks;

/// <summary>
/// The vector arm exactly as the service runs it (HNSW with iterative scan) against an exact scan (index scans off),
/// under the same filters: recall@10, and whether the arm returned a full arm whenever enough listings matched.
/// </summary>
public sealed class VectorRecall(NpgsqlDataSource dataSource, SearchOptions options)
{
    public async Task<(double Recall, bool FullArm)> MeasureAsync(JobSearchCriteria criteria, Caller caller, Vector vector)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var approximate = await ArmAsync(connection, criteria, caller, vector, options.VectorArmLimit, $"""
            set local hnsw.iterative_scan = relaxed_order;
            set local hnsw.ef_search = {options.EfSearch};
            """);
        var exact = await ArmAsync(connection, criteria, caller, vector, 10, "set local enable_indexscan = off;");
        var matching = await connection.ExecuteScalarAsync<long>(
            $"select count(*) from job_listings l where {SearchSql.Filters} and l.embedding is not null", Parameters(criteria, caller, vector, 0));

        var top = approximate.OrderBy(x => x.Distance).Take(10).Select(x => x.Id).ToHashSet();
        var recall = exact.Count == 0 ? 1 : exact.Count(x => top.Contains(x.Id)) / (double)exact.Count;
        return (recall, approximate.Count == Math.Min(options.VectorArmLimit, matching));
    }

    private static async Task<List<(Guid Id, double Distance)>> ArmAsync(
        NpgsqlConnection connection, JobSearchCriteria criteria, Caller caller, Vector vector, int limit, string settings)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync(settings, transaction: transaction);
        var rows = (await connection.QueryAsync<(Guid, double)>(HybridSearch.VectorArmSql, Parameters(criteria, caller, vector, limit), transaction)).ToList();
        await transaction.CommitAsync();
        return rows;
    }

    private static DynamicParameters Parameters(JobSearchCriteria criteria, Caller caller, Vector vector, int limit)
    {
        var parameters = SearchSql.Parameters(criteria, caller);
        parameters.Add("Vector", vector);
        parameters.Add("VectorArmLimit", limit);
        parameters.Add("EmbeddingModel", Marketplace.Embeddings.LocalEmbeddingProvider.ModelName);
        return parameters;
    }
}
