using Marketplace.Contracts.ScraperIngest;
using Marketplace.MarketAnalytics.Api.Data;
using Marketplace.MarketAnalytics.Api.Domain;
using Marketplace.MarketAnalytics.Api.Reference;
using Marketplace.ServiceDefaults.Messaging;
using MassTransit;
using Npgsql;

namespace Marketplace.MarketAnalytics.Api.Consumers;

/// <summary>
/// A scraped posting, keyed by its stable PostingId: a re-import updates it and keeps it active longer, but is not
/// new demand. Pay is annualized here from the parsed figures and their interval (the one normalization of this
/// service); the publisher's annualized figures are the fallback when the interval is unknown.
/// </summary>
public sealed class ExternalJobPostingImportedConsumer(NpgsqlDataSource dataSource, MarketFactsStore facts, MarketReference reference)
    : IdempotentConsumer<ExternalJobPostingImported>(dataSource)
{
    protected override Task HandleAsync(ConsumeContext<ExternalJobPostingImported> context, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var imported = context.Message;
        var pay = PayNormalization.Range(imported.SalaryMin, imported.SalaryMax, imported.SalaryInterval);
        if (pay.Mid is null)
        {
            pay = PayNormalization.Range(imported.AnnualSalaryMin, imported.AnnualSalaryMax, "yearly");
        }

        var firstSeen = imported.DatePosted is { } posted && posted < imported.FirstSeenAt ? posted : imported.FirstSeenAt;
        var posting = new PostingFact(
            imported.PostingId,
            PostingFact.External,
            reference.RoleOfPosting(imported.RoleName, imported.Title),
            reference.Locations.FromFields(imported.City, imported.StateProvince, imported.Country),
            pay,
            PostingFact.NormalizeSkills(imported.Skills),
            firstSeen,
            imported.LastSeenAt,
            ClosedOn: ExternalPostingLifetime.ClosesOn(imported.LastSeenAt));
        return facts.UpsertExternalAsync(connection, transaction, posting);
    }
}
