using MassTransit;
using RabbitMQ.Client;

namespace Marketplace.ServiceDefaults.Messaging;

/// <summary>
/// Parks a received message, byte for byte with its headers, in "{queue}_delay_{ms}ms": a durable queue whose
/// message TTL dead-letters it through the default exchange back into {queue}. One queue per interval, so a
/// short delay never waits behind a long one. Publishes with confirms on its own channel.
/// </summary>
public sealed class TtlRedeliveryPublisher(BrokerAddress broker) : IAsyncDisposable
{
    private const string RedeliveryCountHeader = "MT-Redelivery-Count";

    /// <summary>
    /// How many times this message came back from a delay queue. Read from the transport headers: with the JSON
    /// envelope, MassTransit's own GetRedeliveryCount() reads the envelope's headers, which a raw republish cannot set.
    /// </summary>
    public static int RedeliveryCount(ConsumeContext context) =>
        context.ReceiveContext.TransportHeaders.Get(RedeliveryCountHeader, default(int?)) ?? 0;

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly HashSet<string> declared = new(StringComparer.Ordinal);
    private IConnection? connection;
    private IChannel? channel;

    public async Task RedeliverAsync(ReceiveContext received, int attempt, TimeSpan delay, CancellationToken cancellationToken)
    {
        var queue = received.InputAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Last();
        var delayMs = (long)delay.TotalMilliseconds;
        var delayQueue = $"{queue}_delay_{delayMs}ms";

        await gate.WaitAsync(cancellationToken);
        try
        {
            var ch = await OpenChannelAsync(cancellationToken);
            if (!declared.Contains(delayQueue))
            {
                await ch.QueueDeclareAsync(delayQueue, durable: true, exclusive: false, autoDelete: false,
                    arguments: new Dictionary<string, object?>
                    {
                        ["x-message-ttl"] = delayMs,
                        ["x-dead-letter-exchange"] = "",
                        ["x-dead-letter-routing-key"] = queue,
                    },
                    cancellationToken: cancellationToken);
                declared.Add(delayQueue);
            }

            var headers = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var header in received.TransportHeaders.GetAll())
            {
                headers[header.Key] = header.Value is string text ? text : header.Value?.ToString();
            }

            headers[RedeliveryCountHeader] = attempt;
            var properties = new BasicProperties
            {
                ContentType = received.ContentType?.ToString(),
                Persistent = true,
                Headers = headers,
            };
            if (received.TransportHeaders.TryGetHeader("MessageId", out var id) && id is not null)
            {
                properties.MessageId = id.ToString();
            }

            await ch.BasicPublishAsync("", delayQueue, mandatory: true, properties, received.Body.GetBytes(), cancellationToken);
        }
        catch
        {
            // A broken channel is rebuilt (and queues redeclared) on the next attempt.
            await ResetAsync();
            throw;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<IChannel> OpenChannelAsync(CancellationToken cancellationToken)
    {
        if (channel is { IsOpen: true })
        {
            return channel;
        }

        await ResetAsync();
        var factory = new ConnectionFactory
        {
            HostName = broker.Host,
            Port = broker.Port,
            VirtualHost = broker.VirtualHost,
            UserName = broker.UserName,
            Password = broker.Password,
            ClientProvidedName = "ttl-redelivery",
        };
        connection = await factory.CreateConnectionAsync(cancellationToken);
        channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true),
            cancellationToken);
        return channel;
    }

    private async Task ResetAsync()
    {
        declared.Clear();
        if (channel is not null)
        {
            await channel.DisposeAsync();
            channel = null;
        }

        if (connection is not null)
        {
            await connection.DisposeAsync();
            connection = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await ResetAsync();
        gate.Dispose();
    }
}
