namespace Marketplace.EmergencyDispatch.Api.Apis;

public sealed record AssignRequest(Guid? TechnicianUserId);
