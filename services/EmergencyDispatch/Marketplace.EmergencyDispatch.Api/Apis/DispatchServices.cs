using Marketplace.EmergencyDispatch.Api.Broadcast;
using Marketplace.EmergencyDispatch.Api.Data;
using Marketplace.EmergencyDispatch.Api.Realtime;
using Npgsql;

namespace Marketplace.EmergencyDispatch.Api.Apis;

/// <summary>What the emergency-job handlers need, bound with [AsParameters].</summary>
public sealed record DispatchServices(
    NpgsqlDataSource DataSource,
    EmergencyJobStore Jobs,
    Broadcaster Broadcaster,
    BoardFanout Board,
    TimeProvider Time,
    IServiceProvider Services);
