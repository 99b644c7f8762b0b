namespace Marketplace.EmergencyDispatch.Api.Apis;

public sealed record MetricsResponse(DispatchMetrics Organization, IReadOnlyList<DispatchMetrics> Regions);
