using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.ServiceDefaults.Messaging;

/// <summary>
/// Delayed redelivery without RabbitMQ's delayed-message plugin, which Debian does not ship (docs/adr/0003):
/// once the in-memory retries are spent, the message is parked in a TTL queue that dead-letters it back to
/// its own queue after the delay. It sits outside UseMessageRetry, so it sees only exhausted failures.
/// Validation failures and messages past the last interval fall through to MassTransit's _error queue.
/// </summary>
public sealed partial class TtlRedeliveryFilter<TMessage>(
    TtlRedeliveryPublisher publisher,
    IOptions<MessagingOptions> options,
    ILogger<TtlRedeliveryFilter<TMessage>> logger) : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    public async Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        try
        {
            await next.Send(context);
        }
        catch (Exception ex) when (ex is not MessageValidationException and not OperationCanceledException
            && context.GetRedeliveryCount() < options.Value.RedeliveryIntervals.Length)
        {
            var attempt = context.GetRedeliveryCount() + 1;
            var delay = options.Value.RedeliveryIntervals[attempt - 1];
            await publisher.RedeliverAsync(context.ReceiveContext, attempt, delay, context.CancellationToken);
            LogRedelivering(context.MessageId, typeof(TMessage).Name, attempt, delay, ex);
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("ttlRedelivery");

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Consuming {MessageId} ({MessageType}) failed after retries; redelivery {Attempt} in {Delay}")]
    private partial void LogRedelivering(Guid? messageId, string messageType, int attempt, TimeSpan delay, Exception exception);
}
