using Marketplace.ServiceDefaults.Outbox;
using Marketplace.ServiceDefaults.Telemetry;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Marketplace.ServiceDefaults.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// MassTransit over RabbitMQ from ConnectionStrings:messaging. Queues are named "{service}-{consumer}" so two
    /// services consuming one event each get every message. Consumers retry briefly in memory, are redelivered
    /// with delays through TTL queues, then land in "{queue}_error" with a Fault&lt;T&gt; published. A service with
    /// a database also gets the outbox relay. Call after AddServiceDatabase.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging(
        this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator>? configureConsumers = null)
    {
        var connectionString = builder.Configuration.GetConnectionString("messaging")
            ?? throw new InvalidOperationException("ConnectionStrings:messaging is not configured.");
        var broker = new BrokerAddress(new Uri(connectionString));
        var identity = ServiceIdentity.From(builder);

        builder.Services.AddSingleton(broker);
        builder.Services.AddOptions<MessagingOptions>()
            .Bind(builder.Configuration.GetSection("Messaging"))
            .PostConfigure(o => o.ApplyDefaults());
        builder.Services.AddSingleton<TtlRedeliveryPublisher>();
        builder.Services.AddMassTransit(bus =>
        {
            // MassTransit reports usage over HTTP by default; this environment has no network, and we want none.
            bus.DisableUsageTelemetry();
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(identity.Name, includeNamespace: false));
            configureConsumers?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                var options = context.GetRequiredService<IOptions<MessagingOptions>>().Value;
                rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, identity.Name, host =>
                {
                    host.Username(broker.UserName);
                    host.Password(broker.Password);
                    host.PublisherConfirmation = true;
                });
                rabbit.PrefetchCount = options.PrefetchCount;
                // Order matters: redelivery is configured first so that it wraps the retry filter.
                rabbit.UseTtlRedelivery(context, options);
                rabbit.UseMessageRetry(retry =>
                {
                    retry.Intervals(options.RetryIntervals);
                    retry.Ignore<MessageValidationException>();
                });
                rabbit.ConfigureEndpoints(context);
            });
        });

        if (builder.Services.Any(d => d.ServiceType == typeof(NpgsqlDataSource)))
        {
            builder.Services.Configure<OutboxOptions>(builder.Configuration.GetSection("Outbox"));
            builder.Services.AddHostedService<OutboxRelay>();
            builder.Services.AddHostedService<OutboxPruner>();
        }

        return builder;
    }

    private static void UseTtlRedelivery(this IConsumePipeConfigurator configurator, IRegistrationContext context, MessagingOptions options) =>
        configurator.ConnectConsumerConfigurationObserver(new TtlRedeliveryConfigurationObserver(
            configurator, context.GetRequiredService<TtlRedeliveryPublisher>(), options, context.GetRequiredService<ILoggerFactory>()));
}
