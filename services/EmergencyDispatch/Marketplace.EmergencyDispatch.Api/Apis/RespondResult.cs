namespace Marketplace.EmergencyDispatch.Api.Apis;

/// <summary>The answer stored, and whether it won the job (first-accept jobs).</summary>
public sealed record RespondResult(Guid JobId, ResponseView Response, bool Assigned, string JobStatus);
