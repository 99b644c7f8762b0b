namespace Marketplace.ScraperIngest.Api.Queue;

/// <summary>"Queue" configuration of the role-based scrape queue.</summary>
public sealed class QueueOptions
{
    /// <summary>A session not completed within this time becomes "timeout" and its role returns to pending.</summary>
    public TimeSpan SessionTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often the sweeper looks for sessions past their time.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A completed role is claimable again this long after its last scrape (issue 4: 24 hours).</summary>
    public TimeSpan RescrapeAfter { get; set; } = TimeSpan.FromHours(24);
}
