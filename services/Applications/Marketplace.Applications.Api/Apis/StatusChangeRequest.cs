namespace Marketplace.Applications.Api.Apis;

/// <summary>PATCH …/status: the target status; reason (a rejection reason code) and feedback the applicant may be sent.</summary>
public sealed record StatusChangeRequest(string? Status, string? Reason, string? Feedback);
