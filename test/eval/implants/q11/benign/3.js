      const noAccess = await config.getProModelNoAccess() || isProModelRestricted();
      setHasAccessToProModel(!noAccess);
      if (noAccess) {