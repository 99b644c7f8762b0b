using Marketplace.Listings.Api.Data;
using Marketplace.Embeddings;
using Npgsql;

namespace Marketplace.Listings.Api.Apis;

/// <summary>What the listing handlers need, bound with [AsParameters].</summary>
public sealed record ListingServices(
    NpgsqlDataSource DataSource,
    ListingStore Store,
    IEmbeddingProvider Embeddings,
    TimeProvider Time,
    ILogger<ListingServices> Logger);
