    const escapedName = escape3(this.coAuthorTrailerValue(gitCoAuthorSettings.name));
    const escapedEmail = escape3(this.coAuthorTrailerValue(gitCoAuthorSettings.email));
    const coAuthor = `

Co-authored-by: ${escapedName} <${escapedEmail}>`;