                ...(await getInstallationHeaders()),
