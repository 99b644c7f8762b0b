using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Dapper;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Marketplace.ServiceDefaults.Outbox;

/// <summary>
/// Publishes stored events through MassTransit with publisher confirms, oldest first, and marks them published
/// in the same transaction that locked them. Any number of replicas may run: a transaction-scoped advisory
/// lock lets one relay publish at a time (so the service's events keep their order) and the rows are taken
/// FOR UPDATE SKIP LOCKED. A failed publish stops the batch, leaves the rest unpublished and is retried with
/// backoff until the broker takes it. Delivery is at-least-once; consumers deduplicate by message id.
/// </summary>
public sealed partial class OutboxRelay(
    NpgsqlDataSource dataSource,
    IBus bus,
    IOptions<OutboxOptions> options,
    ILogger<OutboxRelay> logger) : BackgroundService
{
    private const long LeaderLockKey = 0x4F7574626F783031; // "Outbox01"

    private static readonly ActivitySource ActivitySource = new("Marketplace.Outbox");
    private static readonly ConcurrentDictionary<string, Type?> Types = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim wakeUp = new(0, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var listening = ListenAsync(stoppingToken);
        var settings = options.Value;
        var retryDelay = settings.RetryDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            RelayOutcome outcome;
            try
            {
                outcome = await RelayBatchAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogRelayFailed(ex);
                outcome = RelayOutcome.Failed;
            }

            try
            {
                switch (outcome)
                {
                    case RelayOutcome.MoreWaiting:
                        retryDelay = settings.RetryDelay;
                        continue;
                    case RelayOutcome.Failed:
                        await Task.Delay(retryDelay, stoppingToken);
                        retryDelay = TimeSpan.FromTicks(Math.Min(retryDelay.Ticks * 2, settings.MaxRetryDelay.Ticks));
                        break;
                    default:
                        retryDelay = settings.RetryDelay;
                        await wakeUp.WaitAsync(settings.PollInterval, stoppingToken);
                        break;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }

        await listening;
    }

    /// <summary>Publishes one batch of unpublished events, if this relay holds the leader lock.</summary>
    public async Task<RelayOutcome> RelayBatchAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (!await connection.ExecuteScalarAsync<bool>("select pg_try_advisory_xact_lock(@LeaderLockKey)", new { LeaderLockKey }, transaction))
        {
            return RelayOutcome.Idle;
        }

        var rows = (await connection.QueryAsync<OutboxRow>("""
            select sequence, message_id, message_type, payload::text as payload, trace_parent, trace_state
            from outbox_messages
            where published_at is null
            order by sequence
            limit @BatchSize
            for update skip locked
            """, new { settings.BatchSize }, transaction)).ToList();
        if (rows.Count == 0)
        {
            return RelayOutcome.Idle;
        }

        var published = new List<long>(rows.Count);
        Exception? failure = null;
        foreach (var row in rows)
        {
            try
            {
                await PublishAsync(row, settings.PublishTimeout, cancellationToken);
                published.Add(row.Sequence);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                failure = ex;
                await connection.ExecuteAsync(
                    "update outbox_messages set attempts = attempts + 1, last_error = @Error where sequence = @Sequence",
                    new { Error = ex.Message, row.Sequence },
                    transaction);
                LogPublishFailed(row.MessageId, row.MessageType, ex);
                break;
            }
        }

        await connection.ExecuteAsync(
            "update outbox_messages set published_at = now() where sequence = any(@Published)",
            new { Published = published.ToArray() },
            transaction);
        await transaction.CommitAsync(cancellationToken);

        if (failure is not null)
        {
            return RelayOutcome.Failed;
        }

        return rows.Count == settings.BatchSize ? RelayOutcome.MoreWaiting : RelayOutcome.Idle;
    }

    private async Task PublishAsync(OutboxRow row, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var type = Types.GetOrAdd(row.MessageType, Type.GetType)
            ?? throw new InvalidOperationException($"Outbox message type '{row.MessageType}' is not known to this service.");
        var message = JsonSerializer.Deserialize(row.Payload, type, Outbox.PayloadJson)
            ?? throw new InvalidOperationException($"Outbox message {row.MessageId} has an empty payload.");

        ActivityContext.TryParse(row.TraceParent, row.TraceState, out var parent);
        using var activity = ActivitySource.StartActivity($"outbox publish {type.Name}", ActivityKind.Producer, parent);
        activity?.SetTag("messaging.message.id", row.MessageId);

        using var publishTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        publishTimeout.CancelAfter(timeout);
        await bus.Publish(message, type, context => context.MessageId = row.MessageId, publishTimeout.Token);
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, _) =>
                {
                    if (wakeUp.CurrentCount == 0)
                    {
                        wakeUp.Release();
                    }
                };
                await connection.ExecuteAsync($"listen {Outbox.Channel}");
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogListenFailed(ex);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    public override void Dispose()
    {
        wakeUp.Dispose();
        base.Dispose();
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Publishing outbox message {MessageId} ({MessageType}) failed; it stays unpublished and is retried")]
    private partial void LogPublishFailed(Guid messageId, string messageType, Exception exception);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "The outbox relay failed; retrying")]
    private partial void LogRelayFailed(Exception exception);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Listening for outbox notifications failed; reconnecting")]
    private partial void LogListenFailed(Exception exception);
}
