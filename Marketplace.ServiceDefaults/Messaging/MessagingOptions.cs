namespace Marketplace.ServiceDefaults.Messaging;

/// <summary>"Messaging" configuration: how hard a consumer's failure is retried before it reaches the error queue.</summary>
public sealed class MessagingOptions
{
    /// <summary>Short in-memory retries for transient faults (a deadlock, a dropped connection).</summary>
    public TimeSpan[] RetryIntervals { get; set; } =
        [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(2)];

    /// <summary>
    /// Delayed redeliveries for longer outages, through RabbitMQ TTL queues (see docs/adr/0003). After the last,
    /// the message goes to the endpoint's _error queue and a Fault&lt;T&gt; is published.
    /// </summary>
    public TimeSpan[] RedeliveryIntervals { get; set; } =
        [TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30)];

    /// <summary>Messages a consumer endpoint takes at once.</summary>
    public int PrefetchCount { get; set; } = 32;
}
