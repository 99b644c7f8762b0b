using MassTransit;

namespace Marketplace.ServiceDefaults.Tests.Messaging;

public sealed class ProbeFaultConsumer(ProbeSink sink) : IConsumer<Fault<Probe>>
{
    public Task Consume(ConsumeContext<Fault<Probe>> context)
    {
        sink.Faults.Enqueue(context.Message.Message);
        return Task.CompletedTask;
    }
}
