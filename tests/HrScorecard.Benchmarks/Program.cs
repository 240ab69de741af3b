using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(HrScorecard.Benchmarks.PriorityBenchmarks).Assembly).Run(args);
