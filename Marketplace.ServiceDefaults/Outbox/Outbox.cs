using System.Buffers;
using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dapper;
using Marketplace.Contracts;
using Npgsql;
using NpgsqlTypes;

namespace Marketplace.ServiceDefaults.Outbox;

/// <summary>
/// Stores an integration event in the caller's transaction, so it is published if and only if the business
/// rows commit. The current trace context is stored with it, so the relay's publish joins the request's trace.
/// A NOTIFY in the same transaction wakes the relay at commit.
/// </summary>
public static class Outbox
{
    internal const string Channel = "outbox";

    /// <summary>
    /// Payloads go into jsonb and back to the relay, never into HTML, so non-ASCII text (scraped descriptions are full of
    /// it) is written as itself rather than as \uXXXX escapes, which are larger and slower to write and to parse.
    /// </summary>
    internal static JsonSerializerOptions PayloadJson { get; } = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task EnqueueAsync<TEvent>(NpgsqlConnection connection, NpgsqlTransaction transaction, TEvent @event)
        where TEvent : class, IIntegrationEvent
    {
        await connection.ExecuteAsync("""
            insert into outbox_messages (message_id, message_type, payload, trace_parent, trace_state)
            values (@MessageId, @MessageType, @Payload::json, @TraceParent, @TraceState);
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
    /// Many events of one transaction at once, in order (large imports: a round trip per event was the import
    /// path's bottleneck, docs/adr/0042). A binary COPY stores them in the order given, so the sequence the relay
    /// publishes by is the caller's order without a sort (docs/adr/0045). Same rows as <see cref="EnqueueAsync{TEvent}"/>.
    /// </summary>
    public static async Task EnqueueAllAsync<TEvent>(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<TEvent> events, CancellationToken cancellationToken = default)
        where TEvent : class, IIntegrationEvent
    {
        if (events.Count == 0)
        {
            return;
        }

        var messageType = TypeName(typeof(TEvent));
        var traceParent = Activity.Current?.Id;
        var traceState = Activity.Current?.TraceStateString;
        // Each payload is serialized into the same buffer, which the COPY copies from: a large import's payloads are
        // tens of megabytes, not worth a garbage collection.
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        await using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = PayloadJson.Encoder });
        await using (var copy = await connection.BeginBinaryImportAsync(
            "copy outbox_messages (message_id, message_type, payload, trace_parent, trace_state) from stdin (format binary)", cancellationToken))
        {
            foreach (var @event in events)
            {
                buffer.ResetWrittenCount();
                json.Reset(buffer);
                JsonSerializer.Serialize(json, @event, PayloadJson);
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(@event.EventId, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(messageType, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(buffer.WrittenMemory, NpgsqlDbType.Json, cancellationToken);
                await WriteNullableAsync(copy, traceParent, cancellationToken);
                await WriteNullableAsync(copy, traceState, cancellationToken);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await connection.ExecuteAsync(new CommandDefinition("select pg_notify('outbox', '')", transaction: transaction, cancellationToken: cancellationToken));
    }

    private static async Task WriteNullableAsync(NpgsqlBinaryImporter copy, string? value, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            await copy.WriteNullAsync(cancellationToken);
        }
        else
        {
            await copy.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);
        }
    }
}
