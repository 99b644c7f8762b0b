using System.Runtime.InteropServices;

namespace Marketplace.AppHost.Orchestration;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM become one cancellation: the AppHost then stops what it started, in order, and exits
/// itself. The children run in their own sessions, so the terminal's Ctrl+C reaches only the AppHost.
/// </summary>
public sealed class ShutdownSignal : IDisposable
{
    private readonly CancellationTokenSource source = new();
    private readonly PosixSignalRegistration[] registrations;

    public ShutdownSignal()
    {
        registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle)];
    }

    public CancellationToken Token => source.Token;

    public void Dispose()
    {
        foreach (var registration in registrations)
        {
            registration.Dispose();
        }

        source.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        context.Cancel = true;
        source.Cancel();
    }
}
