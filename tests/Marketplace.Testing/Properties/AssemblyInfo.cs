using System.Runtime.Versioning;

// The servers run as local Linux processes (setsid, /proc, POSIX signals); see docs/adr/0010.
[assembly: SupportedOSPlatform("linux")]
