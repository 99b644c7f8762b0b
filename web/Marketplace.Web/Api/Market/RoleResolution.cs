namespace Marketplace.Web.Api.Market;

/// <summary>How the market API understood the typed role ("HVAC tech" → HVAC Technician).</summary>
public sealed record RoleResolution(string? Query, string Key, string Title, string? SocCode, string? MatchedTitle);
