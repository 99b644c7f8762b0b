namespace Marketplace.Web.Api.Market;

/// <summary>How the market API understood the typed place ("Austin, TX" → city Austin, TX).</summary>
public sealed record LocationResolution(string? Query, string Key, string Level, string Name);
