using Marketplace.ServiceDefaults.Workers;
using Microsoft.Extensions.Logging.Abstractions;

namespace Marketplace.ServiceDefaults.Tests.Workers;

public sealed class PeriodicWorkerTests
{
    [Test]
    public async Task Worker_keeps_running_after_a_pass_throws_any_exception()
    {
        using var worker = new FlakyWorker();
        await worker.StartAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (worker.Passes < 3 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        await worker.StopAsync(CancellationToken.None);
        Assert.That(worker.Passes, Is.GreaterThanOrEqualTo(3), "the loop stopped after the failing pass");
    }

    [Test]
    public void Consecutive_failures_back_off_up_to_the_cap()
    {
        using var worker = new FlakyWorker();
        Assert.That(worker.Delay(0), Is.EqualTo(TimeSpan.FromMilliseconds(10)));
        Assert.That(worker.Delay(1), Is.EqualTo(TimeSpan.FromMilliseconds(20)));
        Assert.That(worker.Delay(10), Is.EqualTo(TimeSpan.FromMilliseconds(50)));
    }

    private sealed class FlakyWorker() : PeriodicWorker(NullLogger.Instance)
    {
        private int passes;

        public int Passes => Volatile.Read(ref passes);

        protected override TimeSpan Interval => TimeSpan.FromMilliseconds(10);

        protected override TimeSpan MaxBackoff => TimeSpan.FromMilliseconds(50);

        protected override Task RunOnceAsync(CancellationToken stoppingToken) =>
            Interlocked.Increment(ref passes) == 1 ? throw new InvalidOperationException("a bug, not a database error") : Task.CompletedTask;
    }
}
