using Marketplace.ServiceDefaults.ReferenceData;
using Npgsql;

namespace Marketplace.ScraperIngest.Api.Roles;

/// <summary>
/// Seeds the queue's roles from O*NET at start (after the migrations, which are registered first). Existing
/// names are left alone, so admins' changes survive restarts and replicas starting together insert each role once.
/// </summary>
public sealed partial class RoleSeeder(NpgsqlDataSource dataSource, IConfiguration configuration, ILogger<RoleSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (ReferenceFiles.Directory(configuration) is not { } directory)
        {
            LogNoReferenceData();
            return;
        }

        var roles = OnetRoleCatalog.Load(directory);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            insert into scrape_roles (id, name, soc_code, category, priority, aliases)
            select id, name, soc_code, category, priority, string_to_array(aliases, chr(31))
            from unnest(@Ids, @Names, @Codes, @Categories, @Priorities, @Aliases)
                as r(id, name, soc_code, category, priority, aliases)
            on conflict do nothing
            """, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("Ids", roles.Select(_ => Guid.CreateVersion7()).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("Names", roles.Select(r => r.Name).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("Codes", roles.Select(r => r.SocCode).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("Categories", roles.Select(r => r.Category).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("Priorities", roles.Select(r => r.Priority).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("Aliases", roles.Select(r => string.Join('\u001f', r.Aliases)).ToArray()));
        var inserted = await command.ExecuteNonQueryAsync(cancellationToken);
        LogSeeded(inserted, roles.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Seeded {Inserted} of {Total} O*NET roles into the scrape queue")]
    private partial void LogSeeded(int inserted, int total);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "The shared reference data was not found; the scrape queue starts without O*NET roles")]
    private partial void LogNoReferenceData();
}
