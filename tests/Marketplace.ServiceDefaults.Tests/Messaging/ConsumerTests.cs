using Dapper;
using Marketplace.Testing;
using MassTransit;

namespace Marketplace.ServiceDefaults.Tests.Messaging;

[NonParallelizable]
public sealed class ConsumerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private TestInfrastructure infrastructure = null!;
    private ProbeHost service = null!;
    private readonly ProbeSink sink = new();
    private readonly Guid runId = Guid.NewGuid();

    [OneTimeSetUp]
    public async Task Start()
    {
        infrastructure = await TestInfrastructure.GetAsync();
        service = await ProbeHost.StartAsync(infrastructure, await infrastructure.CreateDatabaseAsync("consumers"), sink);
    }

    [OneTimeTearDown]
    public async Task Stop() => await service.DisposeAsync();

    [Test]
    public async Task Consumer_that_receives_the_same_message_twice_applies_it_once()
    {
        var probe = Probe.Create(runId, 1);
        await service.Bus.Publish(probe, context => context.MessageId = probe.EventId);
        await service.Bus.Publish(probe, context => context.MessageId = probe.EventId);

        await sink.WaitUntilAsync(() => sink.Deliveries.Count(p => p.EventId == probe.EventId) == 2, Patience, "both deliveries");
        await sink.WaitUntilAsync(() => sink.Handled.Any(h => h.Probe.EventId == probe.EventId), Patience, "the probe to be applied");
        Assert.That(await AppliedCountAsync(probe), Is.EqualTo(1));
    }

    [Test]
    public async Task Failure_that_outlasts_the_in_memory_retries_is_redelivered_through_a_delay_queue()
    {
        // Three in-memory attempts (one try and two retries) fail, then the first delayed redelivery succeeds.
        var probe = Probe.Create(runId, 2, failTimes: 3);
        await service.Bus.Publish(probe, context => context.MessageId = probe.EventId);

        await sink.WaitUntilAsync(() => sink.Handled.Any(h => h.Probe.EventId == probe.EventId), Patience, "the probe to succeed after redelivery");
        var handled = sink.Handled.Single(h => h.Probe.EventId == probe.EventId);
        var applied = await AppliedCountAsync(probe);
        Assert.Multiple(() =>
        {
            Assert.That(handled.RedeliveryCount, Is.EqualTo(1));
            Assert.That(sink.Attempts[probe.EventId], Is.EqualTo(4));
            Assert.That(applied, Is.EqualTo(1));
            Assert.That(sink.Faults.Any(f => f.EventId == probe.EventId), Is.False);
        });
    }

    [Test]
    public async Task Message_failing_every_redelivery_ends_in_the_error_queue_with_a_fault()
    {
        var probe = Probe.Create(runId, 3, failTimes: int.MaxValue);
        await service.Bus.Publish(probe, context => context.MessageId = probe.EventId);

        await sink.WaitUntilAsync(() => sink.Faults.Any(f => f.EventId == probe.EventId), Patience, "the fault");
        // Two redeliveries of three attempts each.
        Assert.That(sink.Attempts[probe.EventId], Is.EqualTo(9));
        Assert.That(await AppliedCountAsync(probe), Is.Null);
    }

    [Test]
    public async Task Validation_failure_is_never_retried()
    {
        var probe = Probe.Create(runId, 4, invalid: true);
        await service.Bus.Publish(probe, context => context.MessageId = probe.EventId);

        await sink.WaitUntilAsync(() => sink.Faults.Any(f => f.EventId == probe.EventId), Patience, "the fault");
        Assert.That(sink.Attempts[probe.EventId], Is.EqualTo(1));
    }

    private async Task<int?> AppliedCountAsync(Probe probe)
    {
        await using var connection = await service.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int?>(
            "select applied_count from probe_effects where event_id = @EventId", new { probe.EventId });
    }
}
