namespace Marketplace.Listings.Api.Alerts;

/// <summary>"JobAlerts": how often the matcher runs and how much it takes on per pass.</summary>
public sealed class JobAlertOptions
{
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Alerts claimed per pass (per transaction).</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>Listings reported per alert and run; the rest follow on the next pass.</summary>
    public int MaxListingsPerRun { get; set; } = 50;

    /// <summary>
    /// How far before the last run a listing's publish time may lie and still be considered: a publish that commits
    /// just after a run started carries an earlier published_at. The sent table keeps the overlap from re-reporting;
    /// nothing published before the alert was created is reported.
    /// </summary>
    public TimeSpan PublishOverlap { get; set; } = TimeSpan.FromMinutes(5);
}
