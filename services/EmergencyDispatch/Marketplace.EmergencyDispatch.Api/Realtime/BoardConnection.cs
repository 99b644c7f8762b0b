using System.Threading.Channels;

namespace Marketplace.EmergencyDispatch.Api.Realtime;

/// <summary>
/// One open WebSocket: who is on it, which region's board, and a bounded queue of messages. Fan-out only ever
/// TryWrites into the queue, so a slow client can never hold up the others; when its queue is full it is closed.
/// </summary>
public sealed class BoardConnection(Guid userId, string? region, int queueLimit)
{
    public Guid Id { get; } = Guid.NewGuid();

    public Guid UserId { get; } = userId;

    public string? Region { get; } = region;

    public Channel<string> Queue { get; } = Channel.CreateBounded<string>(new BoundedChannelOptions(queueLimit)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    public CancellationTokenSource Closing { get; } = new();

    public bool Overflowed { get; private set; }

    public bool IsFor(BoardMessage message, HashSet<Guid> recipients) =>
        recipients.Contains(UserId) || (message.Region is not null && string.Equals(message.Region, Region, StringComparison.OrdinalIgnoreCase));

    /// <summary>Queues a message; false (and the connection marked for closing) when the client is too slow.</summary>
    public bool Offer(string payload)
    {
        if (Queue.Writer.TryWrite(payload))
        {
            return true;
        }

        Overflowed = true;
        Queue.Writer.TryComplete();
        Closing.Cancel();
        return false;
    }
}
