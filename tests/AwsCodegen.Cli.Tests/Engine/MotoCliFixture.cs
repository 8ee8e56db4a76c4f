using System.Threading.Tasks;
using AwsCodegen.Tests.Infrastructure;
using NUnit.Framework;

namespace AwsCodegen.Cli.Tests.Engine;

/// <summary>A fixture with one moto (signature checking on) and an in-process CLI pointed at it.</summary>
public abstract class MotoCliFixture
{
    protected MotoServer Moto { get; private set; } = null!;
    protected CliHarness Cli { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartMotoAsync()
    {
        Moto = await MotoServer.StartAsync(authentication: true);
        Cli = new CliHarness(Moto);
    }

    [OneTimeTearDown]
    public async Task StopMotoAsync()
    {
        Cli.Dispose();
        await Moto.DisposeAsync();
    }
}
