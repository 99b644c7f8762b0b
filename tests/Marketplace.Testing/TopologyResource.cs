namespace Marketplace.Testing;

/// <summary>A resource as the AppHost's dashboard API reports it (GET /api/resources).</summary>
public sealed record TopologyResource(
    string Name,
    string Kind,
    string State,
    int? Pid,
    string? Endpoint,
    bool? Healthy,
    int Restarts,
    IReadOnlyList<string> WaitsFor);
