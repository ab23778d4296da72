My operating system is: ${platform12}
${regionalGuidance}
The project