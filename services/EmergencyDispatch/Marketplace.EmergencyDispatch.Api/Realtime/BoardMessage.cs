using Marketplace.EmergencyDispatch.Api.Domain;

namespace Marketplace.EmergencyDispatch.Api.Realtime;

/// <summary>
/// What one instance publishes on the Redis channel for every instance to deliver: the technicians it is for (those
/// notified of the job), the region whose board also shows it to whoever the job's visibility admits (its audience;
/// without one, a region's board does not show it), and the JSON text sent as is to each WebSocket.
/// </summary>
public sealed record BoardMessage(string Type, Guid JobId, string? Region, IReadOnlyList<Guid> Recipients, string Payload, JobAudience? Audience = null);
