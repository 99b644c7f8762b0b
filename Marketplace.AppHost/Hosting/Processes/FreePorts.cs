using System.Net;
using System.Net.Sockets;

namespace Marketplace.AppHost.Hosting.Processes;

/// <summary>TCP ports on 127.0.0.1.</summary>
public static class FreePorts
{
    /// <summary>
    /// Ports the kernel hands out as free. All listeners are held until every port is chosen so that one call
    /// never returns the same port twice; another process may still take one before it is used.
    /// </summary>
    public static int[] Take(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }

    public static bool IsFree(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        // Servers bind with SO_REUSEADDR, so a port with only TIME_WAIT connections left is free for them too.
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        try
        {
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        finally
        {
            listener.Stop();
        }
    }
}
