using Marketplace.Contracts.EmergencyDispatch;
using Marketplace.MarketAnalytics.Api.Data;
using Marketplace.MarketAnalytics.Api.Reference;
using Marketplace.ServiceDefaults.Messaging;
using MassTransit;
using Npgsql;

namespace Marketplace.MarketAnalytics.Api.Consumers;

/// <summary>An emergency job expired unfilled: it counts against the fill rate.</summary>
public sealed class EmergencyJobExpiredConsumer(NpgsqlDataSource dataSource, MarketFactsStore facts, MarketReference reference)
    : IdempotentConsumer<EmergencyJobExpired>(dataSource)
{
    protected override Task HandleAsync(ConsumeContext<EmergencyJobExpired> context, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var expired = context.Message;
        return facts.UpsertEmergencyJobAsync(connection, transaction, expired.JobId, reference.RoleOfCategory(expired.Job.JobCategory),
            reference.Locations.FromFields(expired.Job.City, expired.Job.StateProvince, expired.Job.Country), expired.Job.PostedAt,
            resolvedAt: expired.OccurredAt, filled: false);
    }
}
