// The cold-start floor: what any .NET process of this kind costs before it does anything.
System.Console.WriteLine("hello");
return 0;
