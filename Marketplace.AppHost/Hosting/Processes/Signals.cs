using System.Runtime.InteropServices;

namespace Marketplace.AppHost.Hosting.Processes;

/// <summary>POSIX signals through libc: .NET's Process.Kill only sends SIGKILL, and graceful stops need others.</summary>
public static partial class Signals
{
    public const int Interrupt = 2;
    public const int Kill = 9;
    public const int Terminate = 15;

    /// <summary>Sends a signal to a process (pid &gt; 0) or a whole process group (-pgid). False if none exists.</summary>
    public static bool Send(int pid, int signal) => kill(pid, signal) == 0;

    public static bool SendToGroup(int processGroupId, int signal) => processGroupId > 1 && kill(-processGroupId, signal) == 0;

    public static bool IsAlive(int pid) => pid > 0 && (kill(pid, 0) == 0 || Marshal.GetLastPInvokeError() == 1 /* EPERM */);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int kill(int pid, int sig);
}
