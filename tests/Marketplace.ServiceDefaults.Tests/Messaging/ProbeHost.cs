using Marketplace.ServiceDefaults.Data;
using Marketplace.ServiceDefaults.Messaging;
using Marketplace.Testing;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Marketplace.ServiceDefaults.Tests.Messaging;

/// <summary>
/// A service in miniature, built exactly as services build themselves (AddServiceDatabase + AddMessaging), with
/// the probe consumers. Several hosts on one database behave like replicas of one service.
/// </summary>
public sealed class ProbeHost(IHost host) : IAsyncDisposable
{
    public IServiceProvider Services => host.Services;

    public NpgsqlDataSource DataSource => host.Services.GetRequiredService<NpgsqlDataSource>();

    public IBus Bus => host.Services.GetRequiredService<IBus>();

    public static async Task<ProbeHost> StartAsync(
        TestInfrastructure infrastructure, string databaseConnectionString, ProbeSink sink, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = "Testing",
            ApplicationName = "Marketplace.DefaultsProbe",
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OTEL_SERVICE_NAME"] = "defaults-probe",
            ["ConnectionStrings:probedb"] = databaseConnectionString,
            ["ConnectionStrings:messaging"] = infrastructure.RabbitMqConnectionString,
            ["Messaging:RetryIntervals:0"] = "00:00:00.020",
            ["Messaging:RetryIntervals:1"] = "00:00:00.050",
            ["Messaging:RedeliveryIntervals:0"] = "00:00:00.500",
            ["Messaging:RedeliveryIntervals:1"] = "00:00:01",
            ["Outbox:PollInterval"] = "00:00:00.200",
            ["Outbox:RetryDelay"] = "00:00:00.100",
            ["Outbox:MaxRetryDelay"] = "00:00:01",
            ["Outbox:PublishTimeout"] = "00:00:03",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddSingleton(sink);
        builder.AddServiceDatabase("probedb", typeof(ProbeHost).Assembly);
        builder.AddMessaging(bus =>
        {
            bus.AddConsumer<ProbeConsumer>();
            // One at a time, so the recorded order is the order the broker delivered in.
            bus.AddConsumer<ProbeDeliveryRecorder>().Endpoint(e => e.ConcurrentMessageLimit = 1);
            bus.AddConsumer<ProbeFaultConsumer>();
        });

        var host = builder.Build();
        await host.StartAsync();
        await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
        return new ProbeHost(host);
    }

    /// <summary>Stores probes in the outbox, each in its own committed transaction, as a request would.</summary>
    public async Task EnqueueAsync(IEnumerable<Probe> probes)
    {
        foreach (var probe in probes)
        {
            await using var connection = await DataSource.OpenConnectionAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await global::Marketplace.ServiceDefaults.Outbox.Outbox.EnqueueAsync(connection, transaction, probe);
            await transaction.CommitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
