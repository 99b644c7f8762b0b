using MassTransit;
using MassTransit.Configuration;
using Microsoft.Extensions.Logging;

namespace Marketplace.ServiceDefaults.Messaging;

/// <summary>
/// Adds <see cref="TtlRedeliveryFilter{TMessage}"/> to every message type's consume pipe, the way MassTransit's own
/// retry and redelivery observers do, so that configuration order decides nesting: configured before
/// UseMessageRetry, redelivery is the outer filter.
/// </summary>
public sealed class TtlRedeliveryConfigurationObserver : ConfigurationObserver, IMessageConfigurationObserver
{
    private readonly TtlRedeliveryPublisher publisher;
    private readonly IRetryPolicy policy;
    private readonly TimeSpan[] intervals;
    private readonly ILoggerFactory loggers;

    public TtlRedeliveryConfigurationObserver(
        IConsumePipeConfigurator configurator, TtlRedeliveryPublisher publisher, MessagingOptions options, ILoggerFactory loggers)
        : base(configurator)
    {
        this.publisher = publisher;
        intervals = options.RedeliveryIntervals;
        policy = Retry.Except<MessageValidationException>().Intervals(intervals);
        this.loggers = loggers;
        Connect(this);
    }

    public void MessageConfigured<TMessage>(IConsumePipeConfigurator configurator)
        where TMessage : class =>
        configurator.AddPipeSpecification(new FilterPipeSpecification<ConsumeContext<TMessage>>(
            new TtlRedeliveryFilter<TMessage>(publisher, policy, intervals, loggers.CreateLogger<TtlRedeliveryFilter<TMessage>>())));
}
