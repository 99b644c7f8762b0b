using MassTransit;
using MassTransit.RetryPolicies;
using Microsoft.Extensions.Logging;

namespace Marketplace.ServiceDefaults.Messaging;

/// <summary>
/// Delayed redelivery without RabbitMQ's delayed-message plugin, which Debian does not ship (docs/adr/0003):
/// once the in-memory retries are spent, the message is parked in a TTL queue that dead-letters it back to
/// its own queue after the delay. It works like MassTransit's own redelivery filter: configured before
/// UseMessageRetry it wraps the retry filter, and it hands the inner pipe a retry context so the faults of a
/// delivery that will be redelivered are held back; only the last failure publishes Fault&lt;T&gt; and reaches the
/// _error queue. Validation failures are not redelivered.
/// </summary>
public sealed partial class TtlRedeliveryFilter<TMessage>(
    TtlRedeliveryPublisher publisher,
    IRetryPolicy policy,
    IReadOnlyList<TimeSpan> intervals,
    ILogger logger) : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    public async Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        // Holds back the Fault<T> that the inner retry filter raises when it gives up, until we know whether
        // this delivery is redelivered (no fault) or was the last (fault published).
        var retryContext = new RetryConsumeContext<TMessage>(context, policy, null);
        try
        {
            await next.Send(retryContext);
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            var previous = TtlRedeliveryPublisher.RedeliveryCount(context);
            if (!policy.IsHandled(exception) || previous >= intervals.Count)
            {
                await retryContext.NotifyPendingFaults();
                throw;
            }

            var delay = intervals[previous];
            await publisher.RedeliverAsync(context.ReceiveContext, previous + 1, delay, context.CancellationToken);
            await context.NotifyConsumed(context, context.ReceiveContext.ElapsedTime, "ttl-redelivery");
            LogRedelivering(context.MessageId, typeof(TMessage).Name, previous + 1, delay, exception);
        }
    }

    public void Probe(ProbeContext context)
    {
        var scope = context.CreateFilterScope("retry");
        scope.Add("type", "ttl-redelivery");
        policy.Probe(scope);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Consuming {MessageId} ({MessageType}) failed after retries; redelivery {Attempt} in {Delay}")]
    private partial void LogRedelivering(Guid? messageId, string messageType, int attempt, TimeSpan delay, Exception exception);
}
