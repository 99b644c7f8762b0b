using Marketplace.ServiceDefaults.Messaging;

namespace Marketplace.ServiceDefaults.Tests.Messaging;

public sealed class BrokerAddressTests
{
    [Test]
    public void Aspire_style_amqp_uri_gives_host_port_and_credentials()
    {
        var broker = new BrokerAddress(new Uri("amqp://marketplace:s%40cret@127.0.0.1:18672"));
        Assert.Multiple(() =>
        {
            Assert.That(broker.Host, Is.EqualTo("127.0.0.1"));
            Assert.That(broker.Port, Is.EqualTo(18672));
            Assert.That(broker.UserName, Is.EqualTo("marketplace"));
            Assert.That(broker.Password, Is.EqualTo("s@cret"));
            Assert.That(broker.VirtualHost, Is.EqualTo("/"));
        });
    }

    [Test]
    public void Missing_credentials_and_port_fall_back_to_rabbitmq_defaults()
    {
        var broker = new BrokerAddress(new Uri("amqp://localhost/tenant-a"));
        Assert.Multiple(() =>
        {
            Assert.That(broker.Port, Is.EqualTo(5672));
            Assert.That(broker.UserName, Is.EqualTo("guest"));
            Assert.That(broker.VirtualHost, Is.EqualTo("tenant-a"));
        });
    }
}
