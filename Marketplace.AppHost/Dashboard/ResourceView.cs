namespace Marketplace.AppHost.Dashboard;

/// <summary>One resource as the dashboard shows it (GET /api/resources).</summary>
public sealed record ResourceView(
    string Name,
    string Kind,
    string State,
    int? Pid,
    string? Endpoint,
    bool? Healthy,
    int Restarts,
    DateTimeOffset? StartedAt,
    IReadOnlyList<string> WaitsFor,
    IReadOnlyList<string> Logs);
