namespace Marketplace.Testing;

/// <summary>Server and service settings that make tests fast; durability is worthless for throwaway data.</summary>
internal static class TestSettings
{
    public static readonly IReadOnlyDictionary<string, string> Postgres = new Dictionary<string, string>
    {
        ["fsync"] = "off",
        ["synchronous_commit"] = "off",
        ["full_page_writes"] = "off",
        // Each hosted service has its own connection pool; many fixtures in one process add up.
        ["max_connections"] = "500",
    };

    /// <summary>Short retry, redelivery and relay intervals, so that failure paths finish within a test.</summary>
    public static readonly IReadOnlyDictionary<string, string?> Service = new Dictionary<string, string?>
    {
        ["Messaging:RetryIntervals:0"] = "00:00:00.050",
        ["Messaging:RetryIntervals:1"] = "00:00:00.100",
        ["Messaging:RedeliveryIntervals:0"] = "00:00:01",
        ["Messaging:RedeliveryIntervals:1"] = "00:00:02",
        ["Outbox:PollInterval"] = "00:00:00.200",
        ["Outbox:RetryDelay"] = "00:00:00.100",
        ["Outbox:MaxRetryDelay"] = "00:00:01",
    };
}
