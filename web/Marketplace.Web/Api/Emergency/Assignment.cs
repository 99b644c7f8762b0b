namespace Marketplace.Web.Api.Emergency;

/// <summary>POST emergency-jobs/{id}/assign.</summary>
public sealed record Assignment(Guid TechnicianUserId);
