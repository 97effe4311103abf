// The .docx stage of the container fuzz target (see ContainerFuzzTarget.swift).
func fuzzDocument(_ bytes: [UInt8]) {}
