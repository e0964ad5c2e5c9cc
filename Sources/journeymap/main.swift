import JourneyMapCommands

JourneyMapCommand.runAndExit()
