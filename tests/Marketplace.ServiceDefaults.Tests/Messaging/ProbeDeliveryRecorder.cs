using MassTransit;

namespace Marketplace.ServiceDefaults.Tests.Messaging;

/// <summary>Records every delivery, duplicates included, before any deduplication.</summary>
public sealed class ProbeDeliveryRecorder(ProbeSink sink) : IConsumer<Probe>
{
    public Task Consume(ConsumeContext<Probe> context)
    {
        sink.TraceIds[context.Message.EventId] = System.Diagnostics.Activity.Current?.TraceId.ToString();
        sink.Deliveries.Enqueue(context.Message);
        return Task.CompletedTask;
    }
}
