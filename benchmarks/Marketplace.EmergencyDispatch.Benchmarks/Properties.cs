using System.Runtime.Versioning;

// The servers run as local Linux processes through Marketplace.Testing.
[assembly: SupportedOSPlatform("linux")]
