using Marketplace.Applications.Api.Workers;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Marketplace.Applications.Tests.Unit;

/// <summary>
/// The offer expiry worker survives any exception of a pass (issue #9, item 14): before it derived from
/// PeriodicWorker, only Npgsql, Timeout and InvalidOperation exceptions were caught and anything else ended it for good.
/// </summary>
public sealed class OfferExpiryWorkerTests
{
    [Test]
    public async Task A_pass_that_throws_an_unexpected_exception_does_not_stop_the_worker()
    {
        // The sweep reads the clock before it touches the database, so a clock that throws fails every pass
        // with an InvalidCastException and the data source is never opened.
        var clock = new ThrowingClock();
        await using var dataSource = NpgsqlDataSource.Create("Host=127.0.0.1;Port=1");
        var options = Options.Create(new OfferExpiryOptions { Interval = TimeSpan.FromMilliseconds(10) });
        using var worker = new OfferExpiryWorker(new OfferExpirySweep(dataSource, clock), options, NullLogger<OfferExpiryWorker>.Instance);

        await worker.StartAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (clock.Calls < 3 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        await worker.StopAsync(CancellationToken.None);
        Assert.That(clock.Calls, Is.GreaterThanOrEqualTo(3), "the worker stopped after a pass threw InvalidCastException");
    }

    private sealed class ThrowingClock : TimeProvider
    {
        private int calls;

        public int Calls => Volatile.Read(ref calls);

        public override DateTimeOffset GetUtcNow()
        {
            Interlocked.Increment(ref calls);
            throw new InvalidCastException("a bug in a pass, not a database error");
        }
    }
}
