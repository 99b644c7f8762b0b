namespace Marketplace.Web.Api.Emergency;

/// <summary>POST emergency-jobs/{id}/respond.</summary>
public sealed record Answer(bool Available, int? EtaMinutes, string? Message);
