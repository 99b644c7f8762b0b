using System.Text.Json;
using Marketplace.EmergencyDispatch.Api.Extensions;
using Marketplace.ServiceDefaults.Http;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Marketplace.EmergencyDispatch.Api.Realtime;

/// <summary>
/// Fan-out across instances: each publishes board messages on one Redis channel and delivers what arrives on it to
/// its own WebSockets. One subscription per process, on the shared multiplexer.
/// </summary>
public sealed partial class BoardFanout(
    IConnectionMultiplexer redis, BoardConnections connections, IOptions<DispatchOptions> options, ILogger<BoardFanout> logger)
    : IHostedService
{
    private RedisChannel Channel => RedisChannel.Literal($"{options.Value.RedisPrefix}:board");

    public async Task PublishAsync(BoardMessage message)
    {
        try
        {
            await redis.GetSubscriber().PublishAsync(Channel, JsonSerializer.Serialize(message, HttpConventions.JsonOptions));
        }
        catch (RedisException ex)
        {
            // The board is a convenience on top of the stored notices and the events, which are already committed.
            LogPublishFailed(logger, message.Type, message.JobId, ex);
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken) =>
        await redis.GetSubscriber().SubscribeAsync(Channel, (_, value) => Deliver(value));

    public async Task StopAsync(CancellationToken cancellationToken) =>
        await redis.GetSubscriber().UnsubscribeAsync(Channel);

    internal void Deliver(RedisValue value)
    {
        BoardMessage? message;
        try
        {
            message = JsonSerializer.Deserialize<BoardMessage>(value.ToString(), HttpConventions.JsonOptions);
        }
        catch (JsonException ex)
        {
            LogUnreadable(logger, ex);
            return;
        }

        if (message is null)
        {
            return;
        }

        var recipients = message.Recipients.ToHashSet();
        foreach (var connection in connections.All)
        {
            if (connection.IsFor(message, recipients) && !connection.Offer(message.Payload))
            {
                LogSlowClient(logger, connection.Id);
            }
        }
    }

    [LoggerMessage(LogLevel.Warning, "Could not publish board message {Type} for job {JobId}")]
    private static partial void LogPublishFailed(ILogger logger, string type, Guid jobId, Exception exception);

    [LoggerMessage(LogLevel.Warning, "Dropped an unreadable board message")]
    private static partial void LogUnreadable(ILogger logger, Exception exception);

    [LoggerMessage(LogLevel.Information, "Closing board connection {ConnectionId}: its queue is full")]
    private static partial void LogSlowClient(ILogger logger, Guid connectionId);
}
