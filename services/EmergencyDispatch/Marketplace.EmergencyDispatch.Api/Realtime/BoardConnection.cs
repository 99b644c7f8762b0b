using System.Threading.Channels;
using Marketplace.EmergencyDispatch.Api.Domain;

namespace Marketplace.EmergencyDispatch.Api.Realtime;

/// <summary>
/// One open WebSocket: who is on it (and what the visibility rule needs to know of them), which region's board, and a
/// bounded queue of messages. Fan-out only ever TryWrites into the queue, so a slow client can never hold up the
/// others; when its queue is full it is closed.
/// </summary>
public sealed class BoardConnection(Guid userId, Viewer viewer, string? region, int queueLimit)
{
    public Guid Id { get; } = Guid.NewGuid();

    public Guid UserId { get; } = userId;

    public string? Region { get; } = region;

    public Viewer Viewer { get; } = viewer;

    public Channel<string> Queue { get; } = Channel.CreateBounded<string>(new BoundedChannelOptions(queueLimit)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    public CancellationTokenSource Closing { get; } = new();

    public bool Overflowed { get; private set; }

    /// <summary>
    /// For the technicians notified of the job; otherwise for a board of the job's region, if the job's visibility
    /// admits this caller (a board's region is the caller's choice, so it never widens what they may see).
    /// </summary>
    public bool IsFor(BoardMessage message, HashSet<Guid> recipients) =>
        recipients.Contains(UserId)
        || (message.Region is not null && string.Equals(message.Region, Region, StringComparison.OrdinalIgnoreCase)
            && message.Audience is { } audience && audience.Admits(Viewer));

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
