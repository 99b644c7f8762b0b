using Dapper;
using Marketplace.ServiceDefaults.Outbox;
using Marketplace.ServiceDefaults.Tests.Messaging;
using Marketplace.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Marketplace.ServiceDefaults.Tests.Outbox;

public sealed class OutboxPrunerTests
{
    private TestInfrastructure infrastructure = null!;

    [OneTimeSetUp]
    public async Task StartInfrastructure() => infrastructure = await TestInfrastructure.GetAsync();

    [Test]
    public async Task Published_events_and_consumed_ids_past_their_retention_are_deleted_and_nothing_else()
    {
        // A migrated service database, with the service stopped so no relay publishes the unpublished row below.
        var database = await infrastructure.CreateDatabaseAsync("prune");
        await (await ProbeHost.StartAsync(infrastructure, database, new ProbeSink())).DisposeAsync();
        await using var dataSource = NpgsqlDataSource.Create(database);
        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("""
                insert into outbox_messages (message_id, message_type, payload, created_at, published_at)
                select gen_random_uuid(), 'old', '{}', now() - interval '9 days', now() - interval '8 days' from generate_series(1, 5);
                insert into outbox_messages (message_id, message_type, payload, created_at, published_at)
                values (gen_random_uuid(), 'recent', '{}', now() - interval '1 day', now() - interval '1 day'),
                       (gen_random_uuid(), 'never published', '{}', now() - interval '30 days', null);
                insert into inbox_messages (message_id, consumer, received_at)
                values (gen_random_uuid(), 'old', now() - interval '31 days'), (gen_random_uuid(), 'recent', now() - interval '1 day');
                """);
        }

        // Batches of two, so the five old rows take three statements.
        var pruner = new OutboxPruner(dataSource, Options.Create(new OutboxOptions { PruneBatchSize = 2 }), NullLogger<OutboxPruner>.Instance);
        var pruned = await pruner.PruneAsync(CancellationToken.None);

        await using var check = await dataSource.OpenConnectionAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(pruned, Is.EqualTo((5, 1)));
            Assert.That(await check.QueryAsync<string>("select message_type from outbox_messages order by message_type"), Is.EqualTo(new[] { "never published", "recent" }));
            Assert.That(await check.QueryAsync<string>("select consumer from inbox_messages"), Is.EqualTo(new[] { "recent" }));
        });
    }
}
