namespace Marketplace.EmergencyDispatch.Api.Workers;

public static class Backoff
{
    /// <summary>The interval doubled per consecutive failure, at most a minute.</summary>
    public static TimeSpan After(int failures, TimeSpan interval) =>
        TimeSpan.FromMilliseconds(Math.Min(60_000, interval.TotalMilliseconds * Math.Pow(2, Math.Min(failures, 10))));
}
