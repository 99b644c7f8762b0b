using Marketplace.Contracts.EmergencyDispatch;
using Marketplace.MarketAnalytics.Api.Data;
using Marketplace.MarketAnalytics.Api.Reference;
using Marketplace.ServiceDefaults.Messaging;
using MassTransit;
using Npgsql;

namespace Marketplace.MarketAnalytics.Api.Consumers;

/// <summary>An emergency job filled: resolved as filled, its time to fill as the publisher measured it.</summary>
public sealed class EmergencyJobFilledConsumer(NpgsqlDataSource dataSource, MarketFactsStore facts, MarketReference reference)
    : IdempotentConsumer<EmergencyJobFilled>(dataSource)
{
    protected override Task HandleAsync(ConsumeContext<EmergencyJobFilled> context, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var filled = context.Message;
        return facts.UpsertEmergencyJobAsync(connection, transaction, filled.JobId, reference.RoleOfCategory(filled.Job.JobCategory),
            reference.Locations.FromFields(filled.Job.City, filled.Job.StateProvince, filled.Job.Country), filled.Job.PostedAt,
            resolvedAt: filled.OccurredAt, filled: true, minutesToFill: Math.Max(0, filled.TimeToFill.TotalMinutes));
    }
}
