using System.Collections.Concurrent;

namespace Marketplace.EmergencyDispatch.Api.Realtime;

/// <summary>The WebSockets open on this instance.</summary>
public sealed class BoardConnections
{
    private readonly ConcurrentDictionary<Guid, BoardConnection> open = new();

    public int Count => open.Count;

    public void Add(BoardConnection connection) => open[connection.Id] = connection;

    public void Remove(BoardConnection connection) => open.TryRemove(connection.Id, out _);

    public IEnumerable<BoardConnection> All => open.Values;
}
