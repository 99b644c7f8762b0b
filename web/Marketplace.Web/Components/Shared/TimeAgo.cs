using System.Globalization;

namespace Marketplace.Web.Components.Shared;

/// <summary>"3 hours ago", "2 days ago": how a job board says when something happened.</summary>
public static class TimeAgo
{
    public static string Format(DateTimeOffset when, DateTimeOffset now)
    {
        var elapsed = now - when;
        return elapsed switch
        {
            { TotalMinutes: < 1 } => "just now",
            { TotalMinutes: < 60 } => Plural((int)elapsed.TotalMinutes, "minute"),
            { TotalHours: < 24 } => Plural((int)elapsed.TotalHours, "hour"),
            { TotalDays: < 30 } => Plural((int)elapsed.TotalDays, "day"),
            { TotalDays: < 365 } => Plural((int)(elapsed.TotalDays / 30), "month"),
            _ => Plural((int)(elapsed.TotalDays / 365), "year"),
        };
    }

    private static string Plural(int n, string unit) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + unit + (n == 1 ? "" : "s") + " ago";
}
