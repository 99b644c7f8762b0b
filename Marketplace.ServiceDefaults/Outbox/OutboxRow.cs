namespace Marketplace.ServiceDefaults.Outbox;

internal sealed class OutboxRow
{
    public long Sequence { get; init; }

    public Guid MessageId { get; init; }

    public string MessageType { get; init; } = "";

    public string Payload { get; init; } = "";

    public string? TraceParent { get; init; }

    public string? TraceState { get; init; }
}
