using Marketplace.Contracts.Applications;
using Marketplace.MarketAnalytics.Api.Data;
using Marketplace.ServiceDefaults.Messaging;
using MassTransit;
using Npgsql;

namespace Marketplace.MarketAnalytics.Api.Consumers;

/// <summary>A hire: the listing's time to fill ends at its first hire.</summary>
public sealed class CandidateHiredConsumer(NpgsqlDataSource dataSource, MarketFactsStore facts)
    : IdempotentConsumer<CandidateHired>(dataSource)
{
    protected override Task HandleAsync(ConsumeContext<CandidateHired> context, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var hired = context.Message;
        return facts.AddHireAsync(connection, transaction, hired.ApplicationId, hired.JobId, hired.AppliedAt, hired.HiredAt);
    }
}
