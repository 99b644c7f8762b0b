using System.Text.Json;
using Dapper;
using Marketplace.Applications.Api.Data;
using Marketplace.Contracts.Matching;
using Marketplace.ServiceDefaults.Messaging;
using MassTransit;
using Npgsql;

namespace Marketplace.Applications.Api.Consumers;

/// <summary>
/// Keeps the newest version of each job seeker's profile, which an application freezes into its snapshot when
/// submitted. A version older than the stored one (delivered late) changes nothing.
/// </summary>
public sealed class CandidateProfileUpdatedConsumer(NpgsqlDataSource dataSource)
    : IdempotentConsumer<CandidateProfileUpdated>(dataSource)
{
    protected override Task HandleAsync(ConsumeContext<CandidateProfileUpdated> context, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var m = context.Message;
        return connection.ExecuteAsync("""
            insert into candidate_profiles (user_id, version, profile) values (@UserId, @Version, @Profile::jsonb)
            on conflict (user_id) do update set version = excluded.version, profile = excluded.profile, updated_at = now()
            where candidate_profiles.version < excluded.version
            """, new { m.UserId, m.Version, Profile = JsonSerializer.Serialize(m.Profile, Snapshots.Json) }, transaction);
    }
}
