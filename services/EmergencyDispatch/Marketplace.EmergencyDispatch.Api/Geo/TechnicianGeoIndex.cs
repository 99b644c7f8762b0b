using Marketplace.EmergencyDispatch.Api.Data;
using Marketplace.EmergencyDispatch.Api.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Marketplace.EmergencyDispatch.Api.Geo;

/// <summary>
/// Technicians' homes in a Redis GEO set, for the broadcast's radius query. PostgreSQL is the truth: a marker key
/// says the set was built from it, so when Redis loses its data (restart, flush, eviction) the next search rebuilds
/// the whole set first; if Redis cannot answer at all, the same query runs in PostgreSQL.
/// </summary>
public sealed partial class TechnicianGeoIndex(
    IConnectionMultiplexer redis, AvailabilityStore store, IOptions<DispatchOptions> options, ILogger<TechnicianGeoIndex> logger)
{
    // GEOADD refuses latitudes beyond ±85.05112878 (the Web Mercator limit).
    private const double MaxLatitude = 85.05112878;

    private RedisKey Key => $"{options.Value.RedisPrefix}:technicians:geo";

    private RedisKey BuiltMarker => $"{options.Value.RedisPrefix}:technicians:geo:built";

    public async Task AddAsync(Guid userId, double latitude, double longitude)
    {
        if (Math.Abs(latitude) > MaxLatitude)
        {
            return;
        }

        try
        {
            await redis.GetDatabase().GeoAddAsync(Key, longitude, latitude, userId.ToString());
        }
        catch (RedisException ex)
        {
            // The marker is gone with the data if Redis lost it; PostgreSQL has the row either way.
            LogIndexFailed(logger, ex);
        }
    }

    /// <summary>Technicians whose home is within the radius, nearest first, with the distance in miles.</summary>
    public async Task<IReadOnlyList<(Guid UserId, double DistanceMiles)>> SearchAsync(
        double latitude, double longitude, double radiusMiles, CancellationToken cancellationToken)
    {
        try
        {
            var db = redis.GetDatabase();
            if (!await db.KeyExistsAsync(BuiltMarker))
            {
                await RebuildAsync(cancellationToken);
            }

            var results = await db.GeoSearchAsync(Key, longitude, latitude, new GeoSearchCircle(radiusMiles, GeoUnit.Miles),
                order: Order.Ascending, options: GeoRadiusOptions.WithDistance);
            return results.Select(r => (Guid.Parse(r.Member.ToString()), r.Distance ?? 0)).ToList();
        }
        catch (RedisException ex)
        {
            LogSearchFellBack(logger, ex);
            return await store.NearAsync(latitude, longitude, radiusMiles, cancellationToken);
        }
    }

    /// <summary>Loads every technician's home from PostgreSQL into the set, then marks it built.</summary>
    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        var locations = await store.LocationsAsync(cancellationToken);
        var db = redis.GetDatabase();
        foreach (var chunk in locations.Where(l => Math.Abs(l.Latitude) <= MaxLatitude).Chunk(5000))
        {
            await db.GeoAddAsync(Key, chunk.Select(l => new GeoEntry(l.Longitude, l.Latitude, l.UserId.ToString())).ToArray());
        }

        await db.StringSetAsync(BuiltMarker, DateTimeOffset.UtcNow.ToString("O"));
        LogRebuilt(logger, locations.Count);
    }

    [LoggerMessage(LogLevel.Information, "Rebuilt the technician GEO index from PostgreSQL: {Count} technicians")]
    private static partial void LogRebuilt(ILogger logger, int count);

    [LoggerMessage(LogLevel.Warning, "Could not index a technician's location in Redis")]
    private static partial void LogIndexFailed(ILogger logger, Exception exception);

    [LoggerMessage(LogLevel.Warning, "Redis did not answer the radius query; searched PostgreSQL instead")]
    private static partial void LogSearchFellBack(ILogger logger, Exception exception);
}
