namespace Marketplace.ServiceDefaults.Messaging;

/// <summary>"Messaging" configuration: how hard a consumer's failure is retried before it reaches the error queue.</summary>
public sealed class MessagingOptions
{
    /// <summary>Short in-memory retries for transient faults (a deadlock, a dropped connection).</summary>
    /// <remarks>Empty means the defaults: configuration binding appends to an array, so defaults are applied after binding.</remarks>
    public TimeSpan[] RetryIntervals { get; set; } = [];

    /// <summary>
    /// Delayed redeliveries for longer outages, through RabbitMQ TTL queues (see docs/adr/0003). After the last,
    /// the message goes to the endpoint's _error queue and a Fault&lt;T&gt; is published.
    /// </summary>
    public TimeSpan[] RedeliveryIntervals { get; set; } = [];

    internal static TimeSpan[] DefaultRetryIntervals { get; } =
        [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(2)];

    internal static TimeSpan[] DefaultRedeliveryIntervals { get; } =
        [TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30)];

    internal void ApplyDefaults()
    {
        if (RetryIntervals.Length == 0)
        {
            RetryIntervals = DefaultRetryIntervals;
        }

        if (RedeliveryIntervals.Length == 0)
        {
            RedeliveryIntervals = DefaultRedeliveryIntervals;
        }
    }

    /// <summary>Messages a consumer endpoint takes at once.</summary>
    public int PrefetchCount { get; set; } = 32;
}
