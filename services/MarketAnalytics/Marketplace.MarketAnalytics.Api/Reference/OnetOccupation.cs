namespace Marketplace.MarketAnalytics.Api.Reference;

/// <summary>An O*NET-SOC occupation ("49-9021.00") and its title; <see cref="SocCode"/> is the 6-digit SOC BLS uses.</summary>
public sealed record OnetOccupation(string Code, string Title)
{
    public string SocCode => Code.Length >= 7 ? Code[..7] : Code;
}
