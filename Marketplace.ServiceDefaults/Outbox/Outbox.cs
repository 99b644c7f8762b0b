using System.Diagnostics;
using System.Text.Json;
using Dapper;
using Marketplace.Contracts;
using Npgsql;

namespace Marketplace.ServiceDefaults.Outbox;

/// <summary>
/// Stores an integration event in the caller's transaction, so it is published if and only if the business
/// rows commit. The current trace context is stored with it, so the relay's publish joins the request's trace.
/// A NOTIFY in the same transaction wakes the relay at commit.
/// </summary>
public static class Outbox
{
    internal const string Channel = "outbox";

    internal static JsonSerializerOptions PayloadJson { get; } = new(JsonSerializerDefaults.Web);

    public static async Task EnqueueAsync<TEvent>(NpgsqlConnection connection, NpgsqlTransaction transaction, TEvent @event)
        where TEvent : class, IIntegrationEvent
    {
        await connection.ExecuteAsync("""
            insert into outbox_messages (message_id, message_type, payload, trace_parent, trace_state)
            values (@MessageId, @MessageType, @Payload::jsonb, @TraceParent, @TraceState);
            select pg_notify('outbox', '');
            """,
            new
            {
                MessageId = @event.EventId,
                MessageType = TypeName(typeof(TEvent)),
                Payload = JsonSerializer.Serialize(@event, PayloadJson),
                TraceParent = Activity.Current?.Id,
                TraceState = Activity.Current?.TraceStateString,
            },
            transaction);
    }

    /// <summary>"Namespace.Type, Assembly": what Type.GetType resolves in the relay, without a version.</summary>
    internal static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    /// <summary>
    /// Many events of one transaction in one statement, in order (large imports: a round trip per event was the
    /// import path's bottleneck, docs/adr/0042). Same rows as <see cref="EnqueueAsync{TEvent}"/>.
    /// </summary>
    public static async Task EnqueueAllAsync<TEvent>(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<TEvent> events, CancellationToken cancellationToken = default)
        where TEvent : class, IIntegrationEvent
    {
        if (events.Count == 0)
        {
            return;
        }

        var ids = new Guid[events.Count];
        var payloads = new string[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            ids[i] = events[i].EventId;
            payloads[i] = JsonSerializer.Serialize(events[i], PayloadJson);
        }

        await connection.ExecuteAsync(new CommandDefinition("""
            insert into outbox_messages (message_id, message_type, payload, trace_parent, trace_state)
            select id, @MessageType, payload::jsonb, @TraceParent, @TraceState
            from unnest(@Ids, @Payloads) with ordinality as e(id, payload, ord)
            order by ord;
            select pg_notify('outbox', '');
            """,
            new
            {
                MessageType = TypeName(typeof(TEvent)),
                TraceParent = Activity.Current?.Id,
                TraceState = Activity.Current?.TraceStateString,
                Ids = ids,
                Payloads = payloads,
            },
            transaction,
            cancellationToken: cancellationToken));
    }
}
