using System.Net;
using System.Net.Sockets;

namespace Marketplace.Testing;

/// <summary>Free 127.0.0.1 ports for the servers a test process starts (RabbitMQ needs three in a row).</summary>
internal static class FreePorts
{
    public static int Take(int consecutive = 1)
    {
        for (var attempt = 0; attempt < 500; attempt++)
        {
            var first = Random.Shared.Next(20000, 60000);
            if (Enumerable.Range(first, consecutive).All(IsFree))
            {
                return first;
            }
        }

        throw new InvalidOperationException("No free ports on 127.0.0.1.");
    }

    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
