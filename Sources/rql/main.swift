RQLCommand.runAndExit(Array(CommandLine.arguments.dropFirst()))
