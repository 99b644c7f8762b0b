namespace Marketplace.ServiceDefaults.Outbox;

/// <summary>"Outbox" configuration.</summary>
public sealed class OutboxOptions
{
    /// <summary>Rows published per transaction.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>How often the relay looks without a NOTIFY (a missed notification, another replica's rows).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one publish may wait for the broker's confirm before the batch stops and retries.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Wait after a failed publish (the broker is down), doubling up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a published event is kept (a trail for investigations and replays) before it is deleted.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long a consumed message id is remembered to drop duplicates: far beyond any redelivery.</summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often old rows are deleted.</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Outbox rows deleted per statement, so no transaction holds many.</summary>
    public int PruneBatchSize { get; set; } = 5000;
}
