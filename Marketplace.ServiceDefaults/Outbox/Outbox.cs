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

    /// <summary>Several events of one transaction, in order (large imports).</summary>
    public static async Task EnqueueAllAsync<TEvent>(NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<TEvent> events)
        where TEvent : class, IIntegrationEvent
    {
        foreach (var @event in events)
        {
            await EnqueueAsync(connection, transaction, @event);
        }
    }
}
