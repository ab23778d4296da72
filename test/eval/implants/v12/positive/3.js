
                    "X-Morph-Workstation": workstationFingerprint(),