using Dapper;
using Marketplace.ServiceDefaults.Tests.Messaging;
using Marketplace.Testing;

namespace Marketplace.ServiceDefaults.Tests.Outbox;

[NonParallelizable]
public sealed class OutboxTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private TestInfrastructure infrastructure = null!;
    private readonly ProbeSink sink = new();
    private Guid runId;

    [OneTimeSetUp]
    public async Task StartInfrastructure() => infrastructure = await TestInfrastructure.GetAsync();

    [SetUp]
    public void NewRun() => runId = Guid.NewGuid();

    [Test]
    public async Task Rolled_back_transaction_publishes_nothing()
    {
        await using var service = await ProbeHost.StartAsync(infrastructure, await infrastructure.CreateDatabaseAsync("outbox"), sink);
        var rolledBack = Probe.Create(runId, 1);
        await using (var connection = await service.DataSource.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await ServiceDefaults.Outbox.Outbox.EnqueueAsync(connection, transaction, rolledBack);
            await transaction.RollbackAsync();
        }

        var committed = Probe.Create(runId, 2);
        await service.EnqueueAsync([committed]);

        await sink.WaitUntilAsync(() => sink.Deliveries.Any(p => p.EventId == committed.EventId), Patience, "the committed probe");
        Assert.That(sink.Deliveries.Select(p => p.EventId), Does.Not.Contain(rolledBack.EventId));
        await using var check = await service.DataSource.OpenConnectionAsync();
        Assert.That(await check.ExecuteScalarAsync<int>("select count(*) from outbox_messages"), Is.EqualTo(1));
    }

    [Test]
    public async Task Event_committed_while_the_broker_is_down_is_published_when_it_is_back()
    {
        await using var service = await ProbeHost.StartAsync(infrastructure, await infrastructure.CreateDatabaseAsync("outbox"), sink);
        await infrastructure.StopRabbitMqAsync();
        Probe probe;
        try
        {
            probe = Probe.Create(runId, 1);
            await service.EnqueueAsync([probe]);

            // The relay keeps trying while the broker is away: the row stays unpublished and counts attempts.
            await using var connection = await service.DataSource.OpenConnectionAsync();
            await sink.WaitUntilAsync(
                () => connection.ExecuteScalar<int>("select attempts from outbox_messages where message_id = @EventId", new { probe.EventId }) > 0,
                Patience,
                "a failed publish attempt");
            Assert.That(
                await connection.ExecuteScalarAsync<DateTimeOffset?>("select published_at from outbox_messages where message_id = @EventId", new { probe.EventId }),
                Is.Null);
        }
        finally
        {
            await infrastructure.StartRabbitMqAsync();
        }

        await sink.WaitUntilAsync(() => sink.Deliveries.Any(p => p.EventId == probe.EventId), TimeSpan.FromSeconds(120), "the probe after the broker came back");
        await sink.WaitUntilAsync(() => sink.Handled.Any(h => h.Probe.EventId == probe.EventId), Patience, "the probe to be applied");
        Assert.That(sink.Deliveries.Count(p => p.EventId == probe.EventId), Is.EqualTo(1));
    }

    [Test]
    public async Task Events_are_published_in_the_order_they_were_committed()
    {
        await using var service = await ProbeHost.StartAsync(infrastructure, await infrastructure.CreateDatabaseAsync("outbox"), sink);
        var probes = Enumerable.Range(1, 300).Select(i => Probe.Create(runId, i)).ToList();
        await service.EnqueueAsync(probes);

        await sink.WaitUntilAsync(() => sink.DeliveriesOf(runId).Count >= probes.Count, Patience, "all 300 probes");
        Assert.That(sink.DeliveriesOf(runId).Select(p => p.Sequence), Is.EqualTo(probes.Select(p => p.Sequence)));
    }

    [Test]
    public async Task Two_relays_running_at_once_publish_each_event_once()
    {
        var database = await infrastructure.CreateDatabaseAsync("outbox");
        var smallBatches = new Dictionary<string, string?> { ["Outbox:BatchSize"] = "7" };
        await using var first = await ProbeHost.StartAsync(infrastructure, database, sink, smallBatches);
        await using var second = await ProbeHost.StartAsync(infrastructure, database, sink, smallBatches);

        var probes = Enumerable.Range(1, 400).Select(i => Probe.Create(runId, i)).ToList();
        await Task.WhenAll(first.EnqueueAsync(probes.Take(200)), second.EnqueueAsync(probes.Skip(200)));

        await sink.WaitUntilAsync(() => sink.DeliveriesOf(runId).Count >= probes.Count, Patience, "all 400 probes");
        await Task.Delay(TimeSpan.FromSeconds(1)); // a duplicate, if any, would arrive right behind
        var delivered = sink.DeliveriesOf(runId).GroupBy(p => p.EventId).ToDictionary(g => g.Key, g => g.Count());
        Assert.Multiple(() =>
        {
            Assert.That(delivered.Keys, Is.EquivalentTo(probes.Select(p => p.EventId)));
            Assert.That(delivered.Values.Max(), Is.EqualTo(1), "some event was published twice");
        });
    }

    [Test]
    public async Task Consumer_runs_in_the_trace_of_the_request_that_stored_the_event()
    {
        using var listener = new System.Diagnostics.ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref System.Diagnostics.ActivityCreationOptions<System.Diagnostics.ActivityContext> _) =>
                System.Diagnostics.ActivitySamplingResult.AllDataAndRecorded,
        };
        System.Diagnostics.ActivitySource.AddActivityListener(listener);
        using var source = new System.Diagnostics.ActivitySource("Marketplace.Tests.Request");
        await using var service = await ProbeHost.StartAsync(infrastructure, await infrastructure.CreateDatabaseAsync("outbox"), sink);

        var probe = Probe.Create(runId, 1);
        string requestTrace;
        using (var request = source.StartActivity("POST /api/v1/probes")!)
        {
            requestTrace = request.TraceId.ToString();
            await service.EnqueueAsync([probe]);
        }

        await sink.WaitUntilAsync(() => sink.TraceIds.ContainsKey(probe.EventId), Patience, "the probe");
        Assert.That(sink.TraceIds[probe.EventId], Is.EqualTo(requestTrace));
    }

    [Test]
    public async Task Events_stored_in_one_batch_are_published_once_each_in_order()
    {
        await using var service = await ProbeHost.StartAsync(infrastructure, await infrastructure.CreateDatabaseAsync("outbox"), sink);
        var probes = Enumerable.Range(1, 250).Select(i => Probe.Create(runId, i)).ToList();
        await using (var connection = await service.DataSource.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await ServiceDefaults.Outbox.Outbox.EnqueueAllAsync(connection, transaction, probes);
            await transaction.CommitAsync();
        }

        await sink.WaitUntilAsync(() => sink.DeliveriesOf(runId).Count >= probes.Count, Patience, "all 250 probes");
        Assert.That(sink.DeliveriesOf(runId).Select(p => p.Sequence), Is.EqualTo(probes.Select(p => p.Sequence)));
    }
}
