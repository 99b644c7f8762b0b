using System.Diagnostics;
using System.Text.Json;
using Marketplace.Contracts;
using Npgsql;
using NpgsqlTypes;

namespace Marketplace.ScraperIngest.Api.Import;

/// <summary>
/// Stores many integration events in the caller's transaction with one statement, in the same columns and
/// payload format as ServiceDefaults' Outbox.EnqueueAsync (which costs a round trip per event, the import
/// path's bottleneck at 10,000 rows; see docs/adr/0042). The relay publishes them as it does any outbox row.
/// </summary>
public static class OutboxBatch
{
    // Outbox.PayloadJson: the relay deserializes with System.Text.Json's Web defaults.
    private static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web);

    public static async Task EnqueueAsync<TEvent>(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<TEvent> events, CancellationToken cancellationToken)
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

        await using var command = new NpgsqlCommand("""
            insert into outbox_messages (message_id, message_type, payload, trace_parent, trace_state)
            select id, @MessageType, payload::jsonb, @TraceParent, @TraceState
            from unnest(@Ids, @Payloads) with ordinality as e(id, payload, ord)
            order by ord;
            select pg_notify('outbox', '');
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string>("MessageType", $"{typeof(TEvent).FullName}, {typeof(TEvent).Assembly.GetName().Name}"));
        command.Parameters.Add(new NpgsqlParameter("TraceParent", NpgsqlDbType.Text) { Value = (object?)Activity.Current?.Id ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("TraceState", NpgsqlDbType.Text) { Value = (object?)Activity.Current?.TraceStateString ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("Ids", ids));
        command.Parameters.Add(new NpgsqlParameter<string[]>("Payloads", payloads));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
