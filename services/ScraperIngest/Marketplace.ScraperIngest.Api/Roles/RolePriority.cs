namespace Marketplace.ScraperIngest.Api.Roles;

/// <summary>Queue priorities, most urgent first; stored as these lower-case strings.</summary>
public static class RolePriority
{
    public const string Urgent = "urgent";
    public const string High = "high";
    public const string Normal = "normal";
    public const string Low = "low";

    public static IReadOnlyList<string> All { get; } = [Urgent, High, Normal, Low];
}
