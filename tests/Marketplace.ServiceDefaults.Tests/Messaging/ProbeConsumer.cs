using Dapper;
using Marketplace.ServiceDefaults.Messaging;
using MassTransit;
using Npgsql;

namespace Marketplace.ServiceDefaults.Tests.Messaging;

/// <summary>
/// The idempotent consumer under test: applies a probe to probe_effects. It fails the probe's first
/// <see cref="Probe.FailTimes"/> attempts, and rejects an invalid probe as a validation failure.
/// </summary>
public sealed class ProbeConsumer(NpgsqlDataSource dataSource, ProbeSink sink) : IdempotentConsumer<Probe>(dataSource)
{
    protected override async Task HandleAsync(ConsumeContext<Probe> context, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var probe = context.Message;
        var attempt = sink.Attempts.AddOrUpdate(probe.EventId, 1, (_, n) => n + 1);
        if (probe.Invalid)
        {
            throw new MessageValidationException("The probe is marked invalid.");
        }

        if (attempt <= probe.FailTimes)
        {
            throw new InvalidOperationException($"Planned failure {attempt} of {probe.FailTimes}.");
        }

        await connection.ExecuteAsync("""
            insert into probe_effects (event_id, run_id, sequence, applied_count) values (@EventId, @RunId, @Sequence, 1)
            on conflict (event_id) do update set applied_count = probe_effects.applied_count + 1
            """, new { probe.EventId, probe.RunId, probe.Sequence }, transaction);
        sink.Handled.Enqueue((probe, TtlRedeliveryPublisher.RedeliveryCount(context)));
    }
}
